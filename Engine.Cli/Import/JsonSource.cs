using System.Text.Json;

namespace SoftrLite.Cli.Import;

/// <summary>
/// Reads a JSON import file: a fixture (the format of <c>softrlite export --format json</c>), whose table named like the
/// target (or its only table) gives the rows and the field definitions; or a plain array of records, each an object
/// keyed by field names (or <c>{"fields":{…}}</c>, as the API writes records).
/// </summary>
public static class JsonSource
{
    /// <summary>Reads the whole document.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="databaseName">The target database's name, to pick a database of a fixture that holds several.</param>
    /// <param name="tableName">The target table's name, to pick a table of the fixture.</param>
    /// <exception cref="FormatException">The text is not JSON, or neither a fixture nor an array of objects, or the fixture has no such table.</exception>
    public static ImportSource Read(string json, string databaseName, string tableName)
    {
        JsonElement root;
        try
        {
            root = JsonElement.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new FormatException($"The file is not valid JSON: {exception.Message}");
        }

        return root.ValueKind switch
        {
            JsonValueKind.Array => Records(root, new Dictionary<string, NewField>()),
            JsonValueKind.Object when root.TryGetProperty("databases", out var databases) && databases.ValueKind == JsonValueKind.Array =>
                Fixture(databases, databaseName, tableName),
            _ => throw new FormatException("Expected a fixture (an object with \"databases\") or an array of records."),
        };
    }

    private static ImportSource Fixture(JsonElement databases, string databaseName, string tableName)
    {
        var all = databases.EnumerateArray().ToList();
        var database = all.Count == 1 ? all[0] : all.FirstOrDefault(d => Name(d) == databaseName);
        if (database.ValueKind != JsonValueKind.Object || !database.TryGetProperty("tables", out var tables))
        {
            throw new FormatException($"The fixture holds {all.Count} databases and none is named '{databaseName}'.");
        }

        var list = tables.EnumerateArray().ToList();
        var table = list.FirstOrDefault(t => Name(t) == tableName);
        if (table.ValueKind != JsonValueKind.Object)
        {
            table = list.Count == 1 ? list[0] : throw new FormatException($"The fixture's database has no table named '{tableName}'.");
        }

        var definitions = new Dictionary<string, NewField>(StringComparer.Ordinal);
        var notCreated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in table.TryGetProperty("fields", out var fields) ? fields.EnumerateArray() : default)
        {
            if (Definition(field) is { } definition)
            {
                definitions[definition.Name] = definition;
            }
            else if (Name(field) is { } name)
            {
                notCreated.Add(name);
            }
        }

        var records = table.TryGetProperty("records", out var r) && r.ValueKind == JsonValueKind.Array ? r : JsonElement.Parse("[]");
        return Records(records, definitions) with { NotCreated = notCreated };
    }

    // Fields that read other tables or fields (links, lookups, rollups, counts, formulas) and engine-filled ones are
    // left out: their values would name records or fields of another database.
    private static NewField? Definition(JsonElement field)
    {
        var name = Name(field);
        var type = field.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (name is null || type is null || type is FieldTypeNames.LinkedRecord or FieldTypeNames.Lookup or FieldTypeNames.Rollup
            or FieldTypeNames.Count or FieldTypeNames.Formula or FieldTypeNames.CreatedAt or FieldTypeNames.UpdatedAt
            or FieldTypeNames.CreatedBy or FieldTypeNames.UpdatedBy or FieldTypeNames.Autonumber or FieldTypeNames.RecordId)
        {
            return null;
        }

        return new NewField(name, type)
        {
            Options = field.TryGetProperty("options", out var options) ? options : null,
            AllowMultipleEntries = field.TryGetProperty("allowMultipleEntries", out var multiple) && multiple.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? multiple.GetBoolean()
                : null,
        };
    }

    private static ImportSource Records(JsonElement records, IReadOnlyDictionary<string, NewField> definitions)
    {
        var columns = new List<string>(definitions.Keys);
        var index = columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        var maps = new List<(int Position, JsonElement Fields)>();
        var refused = new List<RefusedRow>();
        var position = 0;
        foreach (var item in records.EnumerateArray())
        {
            position++;
            var fields = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("fields", out var inner) && inner.ValueKind == JsonValueKind.Object ? inner : item;
            if (fields.ValueKind != JsonValueKind.Object)
            {
                refused.Add(new RefusedRow(position, CsvSource.BadRowCode, $"Expected an object keyed by field names; got {fields.ValueKind}."));
                continue;
            }

            foreach (var property in fields.EnumerateObject())
            {
                if (index.TryAdd(property.Name, columns.Count))
                {
                    columns.Add(property.Name);
                }
            }

            maps.Add((position, fields));
        }

        var rows = maps.Select(m =>
        {
            var values = new object?[columns.Count];
            foreach (var property in m.Fields.EnumerateObject())
            {
                values[index[property.Name]] = property.Value.ValueKind == JsonValueKind.Null ? null : property.Value;
            }

            return new ImportRow(m.Position, values);
        }).ToList();
        return new ImportSource(columns, rows, "record", definitions, refused);
    }

    private static string? Name(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null;
}
