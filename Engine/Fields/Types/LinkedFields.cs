using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>Helpers for the computed types (LOOKUP, ROLLUP, COUNT, FORMULA): field references and engine-set keys.</summary>
internal static class LinkedFields
{
    public const string IsValidKey = "isValid";

    /// <summary>The <c>linkedTableId</c> option of a LINKED_RECORD field, or <see langword="null"/>.</summary>
    public static string? LinkedTableIdOf(Field field) => LinkedRecordType.LinkedTableIdOf(field.Options);

    /// <summary>Whether a computed field's stored options still hold it valid (an absent <c>isValid</c> does).</summary>
    public static bool IsValid(JsonElement options) =>
        options.ValueKind != JsonValueKind.Object || !options.TryGetProperty(IsValidKey, out var valid) || valid.ValueKind != JsonValueKind.False;

    /// <summary>Stored options (JSON text) of a computed field, marked invalid.</summary>
    public static string MarkInvalid(string options)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(options)!.AsObject();
        node[IsValidKey] = false;
        return node.ToJsonString();
    }

    /// <summary>Reads a required option naming a LINKED_RECORD field of the field's own table; returns the linked table.</summary>
    public static Table ReadLinkField(OptionsReader reader, string key)
    {
        var context = reader.Context;
        var raw = reader.Raw(key);
        var id = raw is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;
        var link = context.FindTable(context.TableId)?.Fields.FirstOrDefault(
            f => f.Id.Value == id && f.Type == FieldTypeNames.LinkedRecord);
        if (link is null)
        {
            throw reader.Invalid(key, "the ID of a LINKED_RECORD field of this table", raw);
        }

        var linked = LinkedTableIdOf(link) is { } tableId ? context.FindTable(tableId) : null;
        if (linked is null)
        {
            throw reader.Invalid(key, "a LINKED_RECORD field whose linked table exists", raw);
        }

        reader.Set(key, id);
        return linked;
    }

    /// <summary>Reads a required option naming a field of <paramref name="table"/>, other than the field being updated.</summary>
    public static void ReadFieldOf(OptionsReader reader, string key, Table table)
    {
        var context = reader.Context;
        var raw = reader.Raw(key);
        var id = raw is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;
        var isSelf = table.Id == context.TableId && context.CurrentField?.Id.Value == id;
        if (isSelf || !table.Fields.Any(f => f.Id.Value == id))
        {
            throw reader.Invalid(key, $"the ID of a field of table '{table.Name}' other than this field", raw);
        }

        reader.Set(key, id);
    }

    /// <summary>Marks the computed-result keys a client may echo back; the engine sets <c>isValid</c> itself.</summary>
    public static void IgnoreComputedKeys(OptionsReader reader)
    {
        reader.Ignore(IsValidKey);
        reader.Ignore("valid");
        reader.Ignore("returnedField");
    }
}
