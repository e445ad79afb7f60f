using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>
/// LINKED_RECORD: links to records of a table of the same database, kept in a junction table. A write is a record ID,
/// or an array of IDs and/or objects with an <c>id</c> (other keys, such as <c>label</c>, are ignored); it is checked
/// for shape only and handed to the records layer as a JSON array of distinct IDs, which checks that they exist.
/// </summary>
internal sealed class LinkedRecordType() : FieldType(FieldTypeNames.LinkedRecord)
{
    public const string TableKey = "linkedTableId";
    public const string InverseKey = "inverseLinkFieldId";
    private const string LinkExpected = "a record ID, or an object with a non-empty string id";

    public override FieldStorage Storage => FieldStorage.None;

    public override bool SupportsMultipleEntries => true;

    public override bool DefaultAllowMultipleEntries => true;

    public override ValueFamily FilterFamily(Field field) => ValueFamily.Link;

    public override FormulaResultType FormulaType(Field field) => FormulaResultType.Array;

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
    {
        var reader = new OptionsReader(options, context, Name);
        var linked = ReadLinkedTable(reader, context);
        ReadInverse(reader, linked);
        reader.Text("viewId", keepNull: true);
        reader.Json("sorting", JsonValueKind.Array, "an array or null", keepNull: true);
        reader.Json("filter", JsonValueKind.Object, "a condition object or null", keepNull: true);
        reader.Bool("enforceOrder", false);
        return reader.Build();
    }

    public override StoredValue Normalize(FieldInput value, FieldValueContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (value.Kind != FieldInputKind.Array)
        {
            return StoredValue.FromText(JsonStrings.Write([LinkId(value, context)]));
        }

        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in value.EnumerateArray())
        {
            var id = LinkId(item, context);
            if (seen.Add(id))
            {
                ids.Add(id);
            }
        }

        if (ids.Count > 1 && !context.Field.AllowMultipleEntries)
        {
            throw context.Invalid("a single record ID (the field does not allow multiple entries)", value);
        }

        return ids.Count > 0 ? StoredValue.FromText(JsonStrings.Write(ids)) : StoredValue.Empty;
    }

    /// <summary>The <c>linkedTableId</c> of a LINKED_RECORD field's stored options, or <see langword="null"/>.</summary>
    public static string? LinkedTableIdOf(JsonElement options) => OptionsReader.StoredString(options, TableKey);

    /// <summary>The records layer reads the links from the junction table and builds <see cref="LinkedRecord"/>s itself.</summary>
    public override object? Decode(StoredValue stored, FieldValueContext context) => null;

    private static string LinkId(FieldInput item, FieldValueContext context)
    {
        var id = item.Kind switch
        {
            FieldInputKind.String => item.GetString(),
            FieldInputKind.Object when item.TryGetProperty("id", out var given) && given.Kind == FieldInputKind.String => given.GetString(),
            _ => null,
        };
        return id is { Length: > 0 } ? id : throw context.Invalid(LinkExpected, item);
    }

    private static Table ReadLinkedTable(OptionsReader reader, FieldOptionsContext context)
    {
        var raw = reader.Raw(TableKey);
        var id = raw is { ValueKind: JsonValueKind.String } v ? v.GetString()! : null;
        var linked = id is null ? null : context.FindTable(id);
        if (linked is null)
        {
            throw reader.Invalid(TableKey, "the ID of a table of this database", raw);
        }

        if (context.CurrentField is { } current && OptionsReader.StoredString(current.Options, TableKey) is { } was && was != id)
        {
            throw reader.Invalid(TableKey, $"the table the field already links to ('{was}'); it cannot change", raw);
        }

        reader.Set(TableKey, id);
        return linked;
    }

    private static void ReadInverse(OptionsReader reader, Table linked)
    {
        var raw = reader.Raw(InverseKey);
        if (raw is not { } given)
        {
            return;
        }

        var id = given.ValueKind == JsonValueKind.String ? given.GetString() : null;
        if (!linked.Fields.Any(f => f.Id.Value == id && f.Type == FieldTypeNames.LinkedRecord))
        {
            throw reader.Invalid(InverseKey, $"the ID of a LINKED_RECORD field of table '{linked.Name}', or null", raw);
        }

        reader.Set(InverseKey, id);
    }
}
