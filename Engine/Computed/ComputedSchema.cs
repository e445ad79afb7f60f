using SoftrLite.Errors;
using SoftrLite.Fields.Types;
using SoftrLite.Compiled;
using SoftrLite.Schema;
using SoftrLite.Storage;
using SoftrLite.Storage.Rows;

namespace SoftrLite.Computed;

/// <summary>
/// What schema changes do to computed fields, inside the schema write's transaction: refuse reference cycles, fill a
/// new or changed computed field for every record in one pass, and turn the dependents of a deleted field invalid
/// (<c>isValid: false</c>, empty values).
/// </summary>
internal sealed class ComputedSchema(EngineContext context, PlanCache plans)
{
    /// <summary>Whether a field of this type is computed: only those read other fields, so only they can form cycles.</summary>
    public static bool IsComputed(string type) =>
        type is FieldTypeNames.Formula or FieldTypeNames.Lookup or FieldTypeNames.Rollup or FieldTypeNames.Count;

    /// <summary>
    /// After fields were added or changed: when any is computed, checks for cycles, then recomputes the computed ones
    /// for every record. Plain fields cost nothing here.
    /// </summary>
    public void AfterChange(WriteScope s, DatabaseId databaseId, IReadOnlyList<Collaborator> collaborators, TableId tableId, IReadOnlyList<(FieldId Id, string Type)> fields)
    {
        if (!fields.Any(f => IsComputed(f.Type)))
        {
            return;
        }

        var model = Model(s, databaseId);
        if (DependencyCycles.Find(model) is { } cycle)
        {
            throw SoftrErrors.ReferenceCycle(cycle);
        }

        Refill(s, model, collaborators, tableId, fields.Select(f => f.Id).ToArray());
    }

    /// <summary>
    /// Before a field is deleted: marks every computed field that reads it invalid and returns them, so that
    /// <see cref="Refill"/> can empty them (and recompute what reads them) once the field is gone.
    /// </summary>
    public List<(TableId Table, FieldId Field)> InvalidateReaders(WriteScope s, DatabaseId databaseId, TableId tableId, FieldId deleted, DateTimeOffset now)
    {
        var model = Model(s, databaseId);
        var readers = new List<(TableId, FieldId)>();
        foreach (var table in model.Tables)
        {
            foreach (var field in plans.Fresh(model).Ordered(table.Id))
            {
                var reads = (table.Id == tableId && (field.LocalInputs.Contains(deleted) || field.Link?.Id == deleted))
                    || (field.LinkedTable?.Id == tableId && (field.Target?.Id == deleted || field.FilterInputs.Contains(deleted)));
                if (reads && field.Id != deleted)
                {
                    MarkInvalid(s, field.Field.Num, now);
                    readers.Add((table.Id, field.Id));
                }
            }
        }

        return readers;
    }

    /// <summary>Recomputes the given computed fields of a table for every record, and whatever reads them.</summary>
    public void Refill(WriteScope s, DatabaseModel model, IReadOnlyList<Collaborator> collaborators, TableId tableId, IReadOnlyList<FieldId> fields)
    {
        var plan = plans.Fresh(model);
        var table = model.Table(tableId);
        var computed = fields.Where(f => plan.Ordered(tableId).Any(cf => cf.Id == f)).ToList();
        if (computed.Count == 0)
        {
            return;
        }

        var recomputer = new Recomputer(s, model, plan, collaborators, context.ComputeEnvironment());
        recomputer.Changed(table, DatabaseStore.RowKeys(s, table.Num), computed);
        recomputer.Run();
    }

    /// <summary>Stored computed values that differ from a from-scratch recomputation (the caller rolls the transaction back).</summary>
    public List<string> Check(WriteScope s, DatabaseId databaseId, IReadOnlyList<Collaborator> collaborators)
    {
        var model = Model(s, databaseId);
        return ComputedCheck.Run(s, model, plans.Fresh(model), (table, fields) => Refill(s, model, collaborators, table.Id, fields));
    }

    public DatabaseModel Model(WriteScope s, DatabaseId databaseId) =>
        DatabaseModel.Build(databaseId, 0, SchemaSnapshot.Load(s), context.FieldTypes);

    private static void MarkInvalid(WriteScope s, long fieldNum, DateTimeOffset now)
    {
        FieldRow row = DatabaseStore.GetField(s, fieldNum);
        row.Options = LinkedFields.MarkInvalid(row.Options);
        row.UpdatedAt = Timestamps.ToStored(now);
        DatabaseStore.UpdateField(s, row);
    }
}
