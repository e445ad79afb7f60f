using System.Text.Json;
using SoftrLite.Errors;
using SoftrLite.Fields;
using SoftrLite.Fields.Types;
using SoftrLite.Identity;
using SoftrLite.Records;
using SoftrLite.Compiled;
using SoftrLite.Schema;

namespace SoftrLite;

/// <summary>Builds fields, tables and value contexts with no engine behind them, for the standalone validators.</summary>
internal static class StandaloneFields
{
    public static readonly DatabaseId Database = new("standalone");
    public static readonly TableId TableId = new("tblStandalone0");
    private static readonly JsonElement EmptyObject = JsonSerializer.SerializeToElement(new { });

    public static JsonDocument Parse(string json)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw SoftrErrors.MalformedJson(exception.Message);
        }
    }

    /// <summary>A field definition checked as adding it to a table checks it; <paramref name="others"/> are its table's fields so far.</summary>
    public static Field Define(NewField definition, ValidationOptions options, IdGenerator ids, IReadOnlyList<Field> others)
    {
        if (!options.FieldTypes.TryGet(definition.Type, out var type))
        {
            throw SoftrErrors.UnknownFieldType(definition.Type);
        }

        var name = Names.Normalize(definition.Name, "field");
        var multiple = definition.AllowMultipleEntries ?? type.DefaultAllowMultipleEntries;
        if (multiple && !type.SupportsMultipleEntries)
        {
            throw SoftrErrors.MultipleEntriesNotSupported(name, type.Name);
        }

        var given = definition.Options is { ValueKind: JsonValueKind.Object } o ? o
            : definition.Options is null or { ValueKind: JsonValueKind.Null } ? EmptyObject
            : throw SoftrErrors.OptionsNotObject(name, definition.Options.Value);
        var table = new Table(TableId, Database, "Standalone", null, others.Count > 0 ? others[0].Id : default, default, others, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
        var context = new FieldOptionsContext(Database, TableId, name, null, [table], ids, SoftrQuotas.Default, options.FieldTypes);
        var field = new Field(
            NewId(ids, others),
            TableId,
            name,
            Names.Description(definition.Description),
            type.Name,
            type.NormalizeOptions(given, context),
            multiple,
            type.IsReadOnly,
            definition.Required,
            definition.Locked,
            string.IsNullOrEmpty(definition.DefaultValue) ? null : definition.DefaultValue,
            AiOptions.Normalize(name, definition.AiOptions, null) is { } ai ? JsonElement.Parse(ai) : null,
            DateTimeOffset.UnixEpoch,
            DateTimeOffset.UnixEpoch);
        DefaultValues.Check(type, field, options.TimeZone);
        return field;
    }

    /// <summary>
    /// A field from the API's JSON: with an <c>id</c>, a field as the API returns it, taken as it is; without, an
    /// add-field request, checked as a definition.
    /// </summary>
    public static Field FromJson(JsonElement json, ValidationOptions options, IdGenerator ids, IReadOnlyList<Field> others)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw SoftrErrors.PropertyWrongKind("field", "an object", json);
        }

        var name = String(json, "name") ?? throw SoftrErrors.PropertyMissing("name");
        var type = String(json, "type") ?? throw SoftrErrors.PropertyMissing("type");
        if (String(json, "id") is not { } id)
        {
            return Define(
                new NewField(name, type)
                {
                    Options = Element(json, "options"),
                    Description = String(json, "description"),
                    AllowMultipleEntries = Bool(json, "allowMultipleEntries"),
                    Required = Bool(json, "required") ?? false,
                    DefaultValue = String(json, "defaultValue"),
                    AiOptions = Element(json, "aiOptions"),
                },
                options,
                ids,
                others);
        }

        var fieldType = options.FieldTypes.TryGet(type, out var known) ? known : throw SoftrErrors.UnknownFieldType(type);
        return new Field(
            new FieldId(id),
            TableId,
            name,
            String(json, "description"),
            type,
            Element(json, "options") is { ValueKind: JsonValueKind.Object } given ? given.Clone() : EmptyObject,
            Bool(json, "allowMultipleEntries") ?? fieldType.DefaultAllowMultipleEntries,
            fieldType.IsReadOnly || (Bool(json, "readonly") ?? false),
            Bool(json, "required") ?? false,
            Bool(json, "locked") ?? false,
            String(json, "defaultValue"),
            Element(json, "aiOptions") is { ValueKind: JsonValueKind.Object } ai ? ai.Clone() : null,
            DateTimeOffset.UnixEpoch,
            DateTimeOffset.UnixEpoch);
    }

    public static TableModel Table(IReadOnlyList<Field> fields, ValidationOptions options) =>
        DatabaseModel.Standalone(
            new Table(TableId, Database, "Standalone", null, fields.Count > 0 ? fields[0].Id : default, default, fields, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch),
            options.FieldTypes);

    /// <summary>A codec whose SELECT fields with <c>allowToAddNewChoice</c> add choices locally, with IDs from the seed.</summary>
    public static RecordCodec Codec(TableModel table, ValidationOptions options)
    {
        var ids = new IdGenerator(options.IdSeed);
        return new RecordCodec(table, options.TimeZone, options.Collaborators, field => AddsChoices(field) ? _ => ids.NewFieldId() : null);
    }

    private static bool AddsChoices(FieldModel field) => field.Options is SelectOptions { AllowsNewChoices: true };

    private static FieldId NewId(IdGenerator ids, IReadOnlyList<Field> others)
    {
        FieldId id;
        do
        {
            id = new FieldId(ids.NewFieldId());
        }
        while (others.Any(f => f.Id == id));
        return id;
    }

    private static string? String(JsonElement json, string key) =>
        json.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool? Bool(JsonElement json, string key) =>
        json.TryGetProperty(key, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;

    private static JsonElement? Element(JsonElement json, string key) =>
        json.TryGetProperty(key, out var value) ? value : null;
}
