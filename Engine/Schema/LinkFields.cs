using System.Text.Json.Nodes;
using System.Text.Json;
using SoftrLite.Compiled;
using SoftrLite.Errors;
using SoftrLite.Fields.Types;
using SoftrLite.Storage.Rows;
using SoftrLite.Storage;

namespace SoftrLite.Schema;

/// <summary>
/// Keeps LINKED_RECORD fields paired: a new link gets a link table and, in the linked table, an inverse field
/// reading the same link table from the other side; deleting one side unpairs the other.
/// </summary>
internal sealed class LinkFields(FieldDefinitions definitions)
{
    public const string TableKey = LinkedRecordType.TableKey;
    public const string InverseKey = LinkedRecordType.InverseKey;

    /// <summary>Called right after a LINKED_RECORD field's row was inserted (it is in <paramref name="entry"/>).</summary>
    public void AfterInsert(WriteScope s, DatabaseId databaseId, SchemaSnapshot schema, TableEntry entry, FieldRow field, DateTimeOffset now)
    {
        var linked = schema.Find(new TableId(StoredString(field.Options, TableKey)!))!;
        if (StoredString(field.Options, InverseKey) is { } inverseId)
        {
            Pair(s, entry, field, linked, linked.Fields.Single(f => f.Id == inverseId));
            return;
        }

        field.LinkJunction = field.Num;
        field.LinkSide = 0;
        DatabaseStore.CreateJunction(s, field.Num);
        if (linked != entry)
        {
            var inverse = definitions.Create(databaseId, schema, linked, new NewField(entry.Row.Name, FieldTypeNames.LinkedRecord)
            {
                Options = JsonSerializer.SerializeToElement(new Dictionary<string, string> { [TableKey] = entry.Row.Id, [InverseKey] = field.Id }),
            }, now);
            inverse.LinkJunction = field.Num;
            inverse.LinkSide = 1;
            FieldStorageWriter.Insert(s, inverse, definitions.TypeOf(inverse.Type));
            linked.Fields.Add(inverse);
            field.Options = WithKey(field.Options, InverseKey, inverse.Id);
        }

        DatabaseStore.UpdateField(s, field);
    }

    /// <summary>Refuses re-pairing a link through an update: the inverse field is fixed once made.</summary>
    public static void CheckUpdate(Field before, FieldRow after)
    {
        var was = StoredString(before.Options.GetRawText(), InverseKey);
        var now = StoredString(after.Options, InverseKey);
        if (was != now)
        {
            var given = JsonElement.Parse(after.Options).TryGetProperty(InverseKey, out var value) ? value : (JsonElement?)null;
            throw SoftrErrors.InvalidOption(after.Name, InverseKey, $"the current inverse field ('{was ?? "none"}'); it cannot change", given);
        }
    }

    /// <summary>Called before a LINKED_RECORD field's row is deleted: unpairs its inverse, or drops the link table.</summary>
    public static void BeforeDelete(WriteScope s, SchemaSnapshot schema, FieldRow field, DateTimeOffset now)
    {
        var inverse = Inverse(schema, field);
        if (inverse is null)
        {
            if (field.LinkJunction is { } junction)
            {
                DatabaseStore.DropJunction(s, junction);
            }

            return;
        }

        inverse.Options = WithKey(inverse.Options, InverseKey, null);
        inverse.UpdatedAt = Timestamps.ToStored(now);
        DatabaseStore.UpdateField(s, inverse);
    }

    /// <summary>The paired field in the linked table, if any.</summary>
    public static FieldRow? Inverse(SchemaSnapshot schema, FieldRow field)
    {
        if (StoredString(field.Options, InverseKey) is not { } inverseId || StoredString(field.Options, TableKey) is not { } tableId)
        {
            return null;
        }

        return schema.Find(new TableId(tableId))?.Fields.Find(f => f.Id == inverseId && f.LinkJunction == field.LinkJunction);
    }

    private static void Pair(WriteScope s, TableEntry entry, FieldRow field, TableEntry linked, FieldRow inverse)
    {
        var inverseOptions = JsonElement.Parse(inverse.Options);
        if (StoredString(inverse.Options, TableKey) != entry.Row.Id || StoredString(inverse.Options, InverseKey) is not null || inverse.LinkJunction is null)
        {
            throw SoftrErrors.InvalidOption(
                field.Name,
                InverseKey,
                $"a LINKED_RECORD field of '{linked.Row.Name}' that links back to '{entry.Row.Name}' and has no inverse yet",
                JsonSerializer.SerializeToElement(inverse.Id));
        }

        field.LinkJunction = inverse.LinkJunction;
        field.LinkSide = 1 - inverse.LinkSide;
        inverse.Options = WithKey(inverseOptions.GetRawText(), InverseKey, field.Id);
        DatabaseStore.UpdateField(s, inverse);
        DatabaseStore.UpdateField(s, field);
    }

    private static string? StoredString(string options, string key)
    {
        var root = JsonElement.Parse(options);
        return root.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }

    private static string WithKey(string options, string key, string? value)
    {
        var node = JsonNode.Parse(options)!.AsObject();
        if (value is null)
        {
            node.Remove(key);
        }
        else
        {
            node[key] = value;
        }

        return node.ToJsonString();
    }
}
