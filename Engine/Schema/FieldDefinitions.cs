using System.Text.Json;
using SoftrLite.Compiled;
using SoftrLite.Errors;
using SoftrLite.Fields;
using SoftrLite.Storage.Rows;
using SoftrLite.Storage;

namespace SoftrLite.Schema;

/// <summary>Turns a field request into a validated field row: name, type, options (through the type), flags.</summary>
internal sealed class FieldDefinitions(EngineContext context)
{
    private static readonly JsonElement EmptyObject = JsonSerializer.SerializeToElement(new { });

    public FieldType TypeOf(string typeName) =>
        context.FieldTypes.TryGet(typeName, out var type) ? type : throw SoftrErrors.UnknownFieldType(typeName);

    /// <summary>Validates a new field for <paramref name="table"/>; the row is not inserted.</summary>
    public FieldRow Create(DatabaseId databaseId, SchemaSnapshot schema, TableEntry table, NewField spec, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var name = Names.Normalize(spec.Name, "field");
        var type = TypeOf(spec.Type ?? string.Empty);
        var allowMultiple = spec.AllowMultipleEntries ?? type.DefaultAllowMultipleEntries;
        if (allowMultiple && !type.SupportsMultipleEntries)
        {
            throw SoftrErrors.MultipleEntriesNotSupported(name, type.Name);
        }

        var limit = context.Options.Quotas.FieldsPerTable;
        if (table.Fields.Count >= limit)
        {
            throw SoftrErrors.QuotaExceeded("fields per table", limit);
        }

        var options = type.NormalizeOptions(ObjectOrEmpty(name, spec.Options), Context(databaseId, schema, table, name, null));
        var stored = Timestamps.ToStored(now);
        var row = new FieldRow
        {
            TableNum = table.Row.Num,
            Id = NewFieldId(table),
            Position = table.Fields.Count == 0 ? 0 : table.Fields.Max(f => f.Position) + 1,
            Name = name,
            Description = Names.Description(spec.Description),
            Type = type.Name,
            Options = options.GetRawText(),
            AllowMultiple = allowMultiple ? 1 : 0,
            ReadOnly = type.IsReadOnly ? 1 : 0,
            Required = spec.Required ? 1 : 0,
            Locked = spec.Locked ? 1 : 0,
            DefaultValue = string.IsNullOrEmpty(spec.DefaultValue) ? null : spec.DefaultValue,
            AiOptions = AiOptions.Normalize(name, spec.AiOptions, null),
            CreatedAt = stored,
            UpdatedAt = stored,
        };
        CheckDefault(row, type, table);
        return row;
    }

    /// <summary>Applies changes to an existing field row in place, validating them.</summary>
    public void Update(DatabaseId databaseId, SchemaSnapshot schema, TableEntry table, FieldRow row, FieldChanges changes, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var current = row.ToField(table.Id);
        if (changes.Type is { } requested && requested != row.Type)
        {
            throw SoftrErrors.FieldTypeChange(current.Name, current.Id, current.Type, requested);
        }

        var type = TypeOf(row.Type);
        var name = changes.Name is null ? row.Name : Names.Normalize(changes.Name, "field");
        var allowMultiple = changes.AllowMultipleEntries ?? row.AllowMultiple != 0;
        if (allowMultiple && !type.SupportsMultipleEntries)
        {
            throw SoftrErrors.MultipleEntriesNotSupported(name, type.Name);
        }

        if (changes.Options is { } given)
        {
            var merged = JsonOverlay.Apply(current.Options, ObjectOrEmpty(name, given));
            row.Options = type.NormalizeOptions(merged, Context(databaseId, schema, table, name, current)).GetRawText();
        }

        row.Name = name;
        row.AllowMultiple = allowMultiple ? 1 : 0;
        row.Description = changes.Description is null ? row.Description : Names.Description(changes.Description);
        row.Required = changes.Required is { } required ? (required ? 1 : 0) : row.Required;
        row.Locked = changes.Locked is { } locked ? (locked ? 1 : 0) : row.Locked;
        row.DefaultValue = changes.DefaultValue is null ? row.DefaultValue : (changes.DefaultValue.Length == 0 ? null : changes.DefaultValue);
        row.AiOptions = AiOptions.Normalize(name, changes.AiOptions, row.AiOptions);
        row.UpdatedAt = Timestamps.ToStored(now);
        CheckDefault(row, type, table);
    }

    // A default must be a value the field accepts, checked when it is set rather than on every create.
    // Only a field with a default needs the checks (and the Field they read, whose options are parsed to make it).
    private void CheckDefault(FieldRow row, FieldType type, TableEntry table)
    {
        if (row.DefaultValue is not null)
        {
            DefaultValues.Check(type, row.ToField(table.Id), context.Options.TimeZone);
        }
    }

    private FieldOptionsContext Context(DatabaseId databaseId, SchemaSnapshot schema, TableEntry table, string name, Field? current) =>
        new(databaseId, table.Id, name, current, new Lazy<IReadOnlyList<Table>>(() => schema.ToTables(databaseId)), context.Ids, context.Options.Quotas, context.FieldTypes);

    private string NewFieldId(TableEntry table)
    {
        string id;
        do
        {
            id = context.Ids.NewFieldId();
        }
        while (table.Fields.Exists(f => f.Id == id));

        return id;
    }

    private static JsonElement ObjectOrEmpty(string fieldName, JsonElement? options) => options switch
    {
        null => EmptyObject,
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => EmptyObject,
        { ValueKind: JsonValueKind.Object } value => value,
        { } value => throw SoftrErrors.OptionsNotObject(fieldName, value),
    };
}
