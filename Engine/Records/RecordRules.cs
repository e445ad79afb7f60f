using SoftrLite.Errors;
using SoftrLite.Fields;
using SoftrLite.Compiled;

namespace SoftrLite.Records;

/// <summary>
/// The rules a record's <c>fields</c> go through before anything is written: keys resolved (ID, then name), read-only
/// fields refused, values validated by their type, defaults filled on create, required fields enforced. Shared by
/// the record writer and the standalone <see cref="RecordValidator"/>, so both raise the same errors.
/// </summary>
internal static class RecordRules
{
    /// <param name="table">The table's model.</param>
    /// <param name="codec">The value contexts of the table's fields.</param>
    /// <param name="fields">The request's values by field ID or name.</param>
    /// <param name="creating">Whether the record is new (defaults apply, every required field is checked).</param>
    /// <param name="linkTargets">Validates a LINKED_RECORD value and returns the rows it links to.</param>
    public static PreparedRecord Prepare(
        TableModel table,
        RecordCodec codec,
        IReadOnlyDictionary<string, object?> fields,
        bool creating,
        Func<FieldModel, FieldInput, List<long>> linkTargets)
    {
        var prepared = new PreparedRecord(table.Stored.Count, table.Fields.Count);
        foreach (var (key, raw) in fields)
        {
            var field = table.Resolve(key);
            CheckWritable(field);
            prepared.Given[field.Index] = true;
            var input = FieldInput.FromObject(raw);
            if (field.Link is not null)
            {
                prepared.SetLinks(field, linkTargets(field, input));
            }
            else
            {
                prepared.Columns[field.StoredIndex] = Normalize(field, input, codec.Context(field));
            }
        }

        foreach (var field in table.Fields)
        {
            if (!field.IsWritable)
            {
                continue;
            }

            var given = prepared.Given[field.Index];
            if (creating && !given && field.HasColumn && field.Field.DefaultValue is { } defaultValue)
            {
                prepared.Columns[field.StoredIndex] = field.Type.Normalize(DefaultValues.ToInput(field.Type, defaultValue), codec.Context(field));
            }

            if (field.Field.Required && (creating || given) && prepared.IsEmpty(field))
            {
                throw SoftrErrors.RequiredField(field.Field.Name, field.Id);
            }
        }

        return prepared;
    }

    /// <summary>Refuses a field that clients may not write: computed, filled by the engine, or without storage.</summary>
    public static void CheckWritable(FieldModel field)
    {
        if (!field.IsWritable || (field.Link is null && !field.HasColumn))
        {
            throw SoftrErrors.ReadOnlyField(field.Field.Name, field.Id, field.Field.Type);
        }
    }

    /// <summary>A written value's stored form: empty for <c>null</c>, <c>""</c> and <c>[]</c>, else what its type makes of it.</summary>
    public static StoredValue Normalize(FieldModel field, FieldInput input, FieldValueContext context) =>
        input.IsEmpty ? StoredValue.Empty : field.Type.Normalize(input, context);
}
