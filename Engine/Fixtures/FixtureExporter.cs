using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SoftrLite.Errors;
using SoftrLite.Fields.Types;
using SoftrLite.Storage;

namespace SoftrLite.Fixtures;

/// <summary>Writes databases as a JSON fixture (see <see cref="FixtureOperations.Export"/>).</summary>
internal sealed class FixtureExporter(EngineContext context, EngineOperations engine)
{
    private static readonly JsonSerializerOptions Output = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Export(DatabaseId? only)
    {
        List<Database> databases = only is { } id ? [engine.Databases.Get(id)] : Paging.ReadAll(p => engine.Databases.List(p));
        var collaborators = new JsonArray();
        foreach (var workspace in databases.Select(d => d.WorkspaceId).Distinct())
        {
            foreach (var person in engine.Workspaces.ListCollaborators(workspace))
            {
                collaborators.Add(new JsonObject { ["id"] = person.Id, ["name"] = person.Name, ["email"] = person.Email });
            }
        }

        var root = new JsonObject
        {
            ["format"] = FixtureFormat.FormatName,
            ["version"] = FixtureFormat.Version,
            ["collaborators"] = collaborators,
            ["databases"] = new JsonArray(databases.Select(d => (JsonNode)Database(d)).ToArray()),
        };
        return root.ToJsonString(Output);
    }

    private JsonObject Database(Database database)
    {
        var tables = Paging.ReadAll(p => engine.Tables.List(database.Id, p));
        EnsureUnique(tables.Select(t => t.Name), "table", $"database '{database.Name}'");
        var inverses = context.Store(database.Id).Read(s =>
        {
            var numbers = DatabaseStore.ListTables(s).ToDictionary(t => t.Num, t => t.Id);
            return DatabaseStore.ListFields(s).Where(f => f.LinkSide == 1).Select(f => (numbers[f.TableNum], f.Id)).ToHashSet();
        });
        var json = new JsonObject { ["name"] = database.Name };
        if (database.Description is { } description)
        {
            json["description"] = description;
        }

        json["tables"] = new JsonArray(tables.Select(t => (JsonNode)Table(database, t, tables, inverses)).ToArray());
        return json;
    }

    private JsonObject Table(Database database, Table table, IReadOnlyList<Table> tables, HashSet<(string Table, string Field)> inverses)
    {
        EnsureUnique(table.Fields.Select(f => f.Name), "field", $"table '{table.Name}'");
        var json = new JsonObject { ["name"] = table.Name };
        if (table.Description is { } description)
        {
            json["description"] = description;
        }

        json["primaryField"] = table.Fields.First(f => f.Id == table.PrimaryFieldId).Name;
        json["fields"] = new JsonArray(table.Fields.Select(f => (JsonNode)Field(f, table, tables, inverses.Contains((table.Id.Value, f.Id.Value)))).ToArray());
        var written = table.Fields
            .Where(f => !f.ReadOnly && !inverses.Contains((table.Id.Value, f.Id.Value)))
            .ToArray();
        var records = new JsonArray();
        foreach (var record in Paging.ReadAll(p => engine.Records.List(database.Id, table.Id, p)))
        {
            var fields = new JsonObject();
            foreach (var field in written)
            {
                if (record.Fields.TryGetValue(field.Id, out var value))
                {
                    fields[field.Name] = FixtureValues.ToWritable(field.Type, value);
                }
            }

            records.Add(new JsonObject { ["id"] = record.Id.Value, ["fields"] = fields });
        }

        json["records"] = records;
        return json;
    }

    private static JsonObject Field(Field field, Table table, IReadOnlyList<Table> tables, bool isInverse)
    {
        var json = new JsonObject { ["name"] = field.Name, ["type"] = field.Type };
        if (field.Description is { } description)
        {
            json["description"] = description;
        }

        if (Options(field, table, tables) is { Count: > 0 } options)
        {
            json["options"] = options;
        }

        if (FixtureFormat.TakesMultiple(field.Type))
        {
            json["allowMultipleEntries"] = field.AllowMultipleEntries;
        }

        if (field.Required)
        {
            json["required"] = true;
        }

        if (field.Locked)
        {
            json["locked"] = true;
        }

        if (field.DefaultValue is { } defaultValue)
        {
            json["defaultValue"] = defaultValue;
        }

        if (field.AiOptions is { } ai)
        {
            json["aiOptions"] = JsonNode.Parse(ai.GetRawText());
        }

        if (isInverse && Text(field.Options, LinkedRecordType.InverseKey) is { } ownerId && Text(field.Options, LinkedRecordType.TableKey) is { } ownerTable)
        {
            json["inverseOf"] = tables.First(t => t.Id.Value == ownerTable).Fields.First(f => f.Id.Value == ownerId).Name;
        }

        return json;
    }

    private static JsonObject? Options(Field field, Table table, IReadOnlyList<Table> tables)
    {
        if (field.Options.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var options = JsonNode.Parse(field.Options.GetRawText())!.AsObject();
        var linkedTable = Text(field.Options, LinkedValueOptions.LinkFieldKey) is { } linkId
            && table.Fields.FirstOrDefault(f => f.Id.Value == linkId) is { } link
            && Text(link.Options, LinkedRecordType.TableKey) is { } linkedId
                ? tables.FirstOrDefault(t => t.Id.Value == linkedId)
                : null;
        foreach (var (idKey, nameKey) in FixtureFormat.References)
        {
            if (Text(field.Options, idKey) is not { } id)
            {
                continue;
            }

            string? name = idKey switch
            {
                LinkedRecordType.TableKey => tables.FirstOrDefault(t => t.Id.Value == id)?.Name,
                LinkedValueOptions.LinkFieldKey => table.Fields.FirstOrDefault(f => f.Id.Value == id)?.Name,
                _ => linkedTable?.Fields.FirstOrDefault(f => f.Id.Value == id)?.Name,
            };
            options.Remove(idKey);
            options[nameKey] = name ?? id;
        }

        foreach (var key in FixtureFormat.EngineSetKeys)
        {
            options.Remove(key);
        }

        if (options[SelectOptions.ChoicesKey] is JsonArray choices)
        {
            foreach (var choice in choices.OfType<JsonObject>())
            {
                choice.Remove("id");
            }
        }

        return options;
    }

    private static string? Text(JsonElement options, string key) =>
        options.ValueKind == JsonValueKind.Object && options.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static void EnsureUnique(IEnumerable<string> names, string what, string where)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (!seen.Add(name))
            {
                throw SoftrErrors.FixtureAmbiguousName(what, name, where);
            }
        }
    }
}
