using SoftrLite.Compiled;
using SoftrLite.Computed;
using SoftrLite.Errors;
using SoftrLite.Schema;
using SoftrLite.Storage;

namespace SoftrLite;

/// <summary>Fields of a table: add, get, update (never the type), delete.</summary>
public sealed class FieldOperations
{
    private readonly EngineContext _context;
    private readonly TableOperations _tables;
    private readonly FieldDefinitions _definitions;
    private readonly LinkFields _links;

    private readonly ComputedSchema _computed;

    internal FieldOperations(EngineContext context, TableOperations tables, ComputedSchema computed)
    {
        _context = context;
        _tables = tables;
        _computed = computed;
        _definitions = new FieldDefinitions(context);
        _links = new LinkFields(_definitions);
    }

    /// <summary>Adds a field at the end of a table.</summary>
    /// <exception cref="SoftrException">
    /// <see cref="ErrorCode.BadRequest"/> for an invalid name, an unknown type or a bad option (the message names it);
    /// <see cref="ErrorCode.ResourceNotFound"/> for an unknown database or table; <see cref="ErrorCode.QuotaExceeded"/> past the fields-per-table limit.
    /// </exception>
    public Field Add(DatabaseId databaseId, TableId tableId, NewField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return _tables.Store(databaseId).Write(s =>
        {
            var schema = SchemaSnapshot.Load(s);
            var entry = TableOperations.Entry(schema, tableId);
            var now = _context.Now();
            var row = _definitions.Create(databaseId, schema, entry, field, now);
            FieldStorageWriter.Insert(s, row, _definitions.TypeOf(row.Type));
            entry.Fields.Add(row);
            if (row.Type == FieldTypeNames.LinkedRecord)
            {
                _links.AfterInsert(s, databaseId, schema, entry, row, now);
            }

            entry.Row.UpdatedAt = Timestamps.ToStored(now);
            DatabaseStore.TouchTable(s, entry.Row.Num, entry.Row.UpdatedAt);
            DatabaseStore.BumpSchemaRevision(s);
            if (ComputedSchema.IsComputed(row.Type))
            {
                _computed.AfterChange(s, databaseId, _tables.CollaboratorsOf(databaseId), tableId, [(new FieldId(row.Id), row.Type)]);
            }

            if (row.Type != FieldTypeNames.LinkedRecord)
            {
                // A link field also wrote its inverse in the other table; the snapshot holds exactly the rest.
                schema.Publish(s);
            }

            _context.FailPoint("field.add");
            return row.ToField(tableId);
        });
    }

    /// <summary>Gets a field.</summary>
    /// <exception cref="SoftrException"><see cref="ErrorCode.ResourceNotFound"/> for an unknown database, table or field.</exception>
    public Field Get(DatabaseId databaseId, TableId tableId, FieldId fieldId) =>
        _tables.Store(databaseId).Read(s =>
        {
            var entry = TableOperations.Entry(SchemaSnapshot.Load(s), tableId);
            return (entry.FindField(fieldId) ?? throw SoftrErrors.FieldNotFound(fieldId)).ToField(tableId);
        });

    /// <summary>Changes a field's name, description, options or flags. A different <see cref="FieldChanges.Type"/> is refused.</summary>
    /// <exception cref="SoftrException">
    /// <see cref="ErrorCode.BadRequest"/> for a type change, an invalid name or a bad option;
    /// <see cref="ErrorCode.ResourceNotFound"/> for an unknown database, table or field.
    /// </exception>
    public Field Update(DatabaseId databaseId, TableId tableId, FieldId fieldId, FieldChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return _tables.Store(databaseId).Write(s =>
        {
            var schema = SchemaSnapshot.Load(s);
            var entry = TableOperations.Entry(schema, tableId);
            var row = entry.FindField(fieldId) ?? throw SoftrErrors.FieldNotFound(fieldId);
            var now = _context.Now();
            var before = row.ToField(tableId);
            var formulas = FormulaRenames.Capture(entry, before, _context.FieldTypes);
            _definitions.Update(databaseId, schema, entry, row, changes, now);
            if (row.Type == FieldTypeNames.LinkedRecord)
            {
                LinkFields.CheckUpdate(before, row);
            }

            formulas.Apply(s, entry, now);

            DatabaseStore.UpdateField(s, row);
            DatabaseStore.TouchTable(s, entry.Row.Num, Timestamps.ToStored(now));
            DatabaseStore.BumpSchemaRevision(s);
            if (changes.Options is not null)
            {
                _computed.AfterChange(s, databaseId, _tables.CollaboratorsOf(databaseId), tableId, [(fieldId, row.Type)]);
            }

            _context.FailPoint("field.update");
            return row.ToField(tableId);
        });
    }

    /// <summary>
    /// Indexes a field's column, so equality and range filters and sorts on it use the index instead of a scan.
    /// Text comparisons ignore case through a function and do not use it; numbers, dates, checkboxes and single
    /// selects do. No field is indexed unless asked.
    /// </summary>
    /// <exception cref="SoftrException">
    /// <see cref="ErrorCode.BadRequest"/> for a field without a column of its own (links, system and computed-on-read fields);
    /// <see cref="ErrorCode.ResourceNotFound"/> for an unknown database, table or field.
    /// </exception>
    public Field AddIndex(DatabaseId databaseId, TableId tableId, FieldId fieldId) => Index(databaseId, tableId, fieldId, add: true);

    /// <summary>Removes a field's index.</summary>
    /// <exception cref="SoftrException">As <see cref="AddIndex"/>.</exception>
    public Field RemoveIndex(DatabaseId databaseId, TableId tableId, FieldId fieldId) => Index(databaseId, tableId, fieldId, add: false);

    /// <summary>Deletes a field and its values. The primary field cannot be deleted.</summary>
    /// <exception cref="SoftrException">
    /// <see cref="ErrorCode.BadRequest"/> for the primary field; <see cref="ErrorCode.ResourceNotFound"/> for an unknown database, table or field.
    /// </exception>
    public void Delete(DatabaseId databaseId, TableId tableId, FieldId fieldId) =>
        _tables.Store(databaseId).Write(s =>
        {
            var schema = SchemaSnapshot.Load(s);
            var entry = TableOperations.Entry(schema, tableId);
            var row = entry.FindField(fieldId) ?? throw SoftrErrors.FieldNotFound(fieldId);
            if (row.Id == entry.Row.PrimaryFieldId)
            {
                throw SoftrErrors.PrimaryFieldDelete(row.Name, new FieldId(row.Id));
            }

            var readers = schema.Tables.Any(e => e.Fields.Any(f => ComputedSchema.IsComputed(f.Type)))
                ? _computed.InvalidateReaders(s, databaseId, tableId, fieldId, _context.Now())
                : [];
            if (row.Type == FieldTypeNames.LinkedRecord)
            {
                LinkFields.BeforeDelete(s, schema, row, _context.Now());
            }

            FieldStorageWriter.Delete(s, row, _definitions.TypeOf(row.Type));
            DatabaseStore.TouchTable(s, entry.Row.Num, Timestamps.ToStored(_context.Now()));
            DatabaseStore.BumpSchemaRevision(s);
            var model = _computed.Model(s, databaseId);
            foreach (var group in readers.GroupBy(r => r.Table))
            {
                _computed.Refill(s, model, _tables.CollaboratorsOf(databaseId), group.Key, group.Select(r => r.Field).ToArray());
            }

            _context.FailPoint("field.delete");
            return 0;
        });

    private Field Index(DatabaseId databaseId, TableId tableId, FieldId fieldId, bool add) =>
        _tables.Store(databaseId).Write(s =>
        {
            var entry = TableOperations.Entry(SchemaSnapshot.Load(s), tableId);
            var row = entry.FindField(fieldId) ?? throw SoftrErrors.FieldNotFound(fieldId);
            if (_definitions.TypeOf(row.Type).Storage == FieldStorage.None)
            {
                throw SoftrErrors.NotIndexable(row.Name, new FieldId(row.Id), row.Type);
            }

            if (add)
            {
                DatabaseStore.CreateFieldIndex(s, entry.Row.Num, row.Num);
            }
            else
            {
                DatabaseStore.DropFieldIndex(s, row.Num);
            }

            // The index set is part of the schema the session keeps (FieldRow.Indexed): it moves with the revision.
            DatabaseStore.BumpSchemaRevision(s);
            row.Indexed = add;
            return row.ToField(tableId);
        });
}
