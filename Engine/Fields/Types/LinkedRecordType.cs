using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>LINKED_RECORD: links to records of a table of the same database, kept in a junction table.</summary>
internal sealed class LinkedRecordType() : FieldType(FieldTypeNames.LinkedRecord)
{
    private const string TableKey = "linkedTableId";
    private const string InverseKey = "inverseLinkFieldId";

    public override FieldStorage Storage => FieldStorage.None;

    public override bool SupportsMultipleEntries => true;

    public override bool DefaultAllowMultipleEntries => true;

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
