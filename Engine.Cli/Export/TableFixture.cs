using System.Text.Json.Nodes;

namespace SoftrLite.Cli.Export;

/// <summary>
/// Cuts a database's fixture down to one table, so that it still seeds on its own: fields that read another table
/// (links to it, and the lookups, rollups and counts through those links) are dropped from the schema and the
/// records, and so is a formula naming a dropped field.
/// </summary>
public static class TableFixture
{
    /// <summary>The fixture <paramref name="fixtureJson"/> (one database) with only the table named <paramref name="tableName"/>.</summary>
    public static string Keep(string fixtureJson, string tableName)
    {
        var root = JsonNode.Parse(fixtureJson)!.AsObject();
        foreach (var database in root["databases"]!.AsArray().OfType<JsonObject>())
        {
            var tables = database["tables"]!.AsArray();
            var kept = tables.OfType<JsonObject>().Where(t => (string?)t["name"] == tableName).Select(t => t.DeepClone()).ToArray();
            database["tables"] = new JsonArray(kept);
            foreach (var table in kept.OfType<JsonObject>())
            {
                Cut(table, tableName);
            }
        }

        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    private static void Cut(JsonObject table, string tableName)
    {
        var fields = table["fields"]!.AsArray();
        var dropped = new HashSet<string>(StringComparer.Ordinal);
        bool changed;
        do
        {
            changed = false;
            foreach (var field in fields.OfType<JsonObject>())
            {
                var name = (string)field["name"]!;
                if (!dropped.Contains(name) && ReadsElsewhere(field, tableName, dropped))
                {
                    dropped.Add(name);
                    changed = true;
                }
            }
        }
        while (changed);

        table["fields"] = new JsonArray(fields.OfType<JsonObject>().Where(f => !dropped.Contains((string)f["name"]!)).Select(f => f.DeepClone()).ToArray());
        foreach (var record in (table["records"]?.AsArray() ?? []).OfType<JsonObject>())
        {
            if (record["fields"] is JsonObject values)
            {
                foreach (var name in dropped)
                {
                    values.Remove(name);
                }
            }
        }
    }

    private static bool ReadsElsewhere(JsonObject field, string tableName, HashSet<string> dropped)
    {
        var options = field["options"] as JsonObject;
        return (string?)field["type"] switch
        {
            FieldTypeNames.LinkedRecord => (string?)options?["linkedTable"] != tableName || field["inverseOf"] is not null,
            FieldTypeNames.Lookup or FieldTypeNames.Rollup or FieldTypeNames.Count =>
                options?["linkedRecordField"] is not { } link || dropped.Contains((string)link!),
            FieldTypeNames.Formula => dropped.Any(name => ((string?)options?["formula"] ?? string.Empty).Contains("{" + name + "}", StringComparison.Ordinal)),
            _ => false,
        };
    }
}
