using System.Text.Json;
using System.Text.Json.Nodes;
using SoftrLite.Errors;
using SoftrLite.Fields.Types;
using SoftrLite.Storage;

namespace SoftrLite.Fixtures;

/// <summary>
/// Creates what a JSON fixture describes: plain fields with their tables first, then links (renaming the inverse
/// fields they make), then computed fields once what they read exists, then the fixture's field order, then records
/// with their IDs (links in a second pass, once every record exists).
/// </summary>
internal sealed class FixtureSeeder(EngineContext context, EngineOperations engine)
{
    public IReadOnlyList<Database> Seed(string fixtureJson, WorkspaceId workspace)
    {
        var root = Parse(fixtureJson);
        if (root["collaborators"] is JsonArray people)
        {
            AddCollaborators(people, workspace);
        }

        var databases = root["databases"] as JsonArray ?? throw Invalid("$.databases", "an array", root["databases"]);
        var made = new List<Database>();
        for (var i = 0; i < databases.Count; i++)
        {
            made.Add(SeedDatabase(Object(databases[i], $"$.databases[{i}]"), $"$.databases[{i}]", workspace));
        }

        return made.Select(d => engine.Databases.Get(d.Id)).ToArray();
    }

    private static JsonObject Parse(string fixtureJson)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(fixtureJson);
        }
        catch (JsonException error)
        {
            throw SoftrErrors.MalformedJson(error.Message);
        }

        var json = Object(root, "$");
        if (json["format"] is { } format && format.ToString() != FixtureFormat.FormatName)
        {
            throw Invalid("$.format", $"\"{FixtureFormat.FormatName}\"", format);
        }

        if (json["version"] is { } version && (version is not JsonValue v || !v.TryGetValue<int>(out var number) || number != FixtureFormat.Version))
        {
            throw Invalid("$.version", FixtureFormat.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), version);
        }

        return json;
    }

    private void AddCollaborators(JsonArray people, WorkspaceId workspace)
    {
        var known = engine.Workspaces.ListCollaborators(workspace).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < people.Count; i++)
        {
            var where = $"$.collaborators[{i}]";
            var person = Object(people[i], where);
            var id = Text(person, "id", where);
            if (known.Add(id))
            {
                engine.Workspaces.AddCollaborator(workspace, Text(person, "name", where), OptionalText(person, "email", where), id);
            }
        }
    }

    private Database SeedDatabase(JsonObject json, string where, WorkspaceId workspace)
    {
        var database = engine.Databases.Create(workspace, Text(json, "name", where), OptionalText(json, "description", where));
        var specs = Array(json, "tables", where).Select((t, i) => TableSpec.Parse(Object(t, $"{where}.tables[{i}]"), $"{where}.tables[{i}]")).ToArray();
        var tables = new Dictionary<string, Table>(StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            var plain = spec.Fields.Where(f => !FixtureFormat.IsDependent(f.Type)).ToArray();
            if (!plain.Any(f => f.Name == spec.PrimaryField))
            {
                throw Invalid($"{spec.Where}.primaryField", "the name of one of the table's fields of a plain type (not a link or a computed field)", JsonValue.Create(spec.PrimaryField));
            }

            var table = engine.Tables.Create(database.Id, new NewTable(spec.Name)
            {
                Description = spec.Description,
                PrimaryFieldName = spec.PrimaryField,
                Fields = plain.Select(f => f.ToNewField(f.Options)).ToArray(),
            });
            if (!tables.TryAdd(spec.Name, table))
            {
                throw SoftrErrors.FixtureAmbiguousName("table", spec.Name, $"database '{database.Name}'");
            }
        }

        AddLinks(database.Id, specs, tables);
        AddComputed(database.Id, specs, tables);
        PutInOrder(database.Id, specs, tables);
        SeedRecords(database.Id, specs, tables);
        return database;
    }

    private void AddLinks(DatabaseId database, TableSpec[] specs, Dictionary<string, Table> tables)
    {
        foreach (var spec in specs)
        {
            foreach (var field in spec.Fields.Where(f => f.Type == FieldTypeNames.LinkedRecord && f.InverseOf is null))
            {
                var linkedName = field.Options?["linkedTable"]?.ToString();
                var linked = linkedName is not null && tables.TryGetValue(linkedName, out var t)
                    ? t
                    : throw Invalid($"{field.Where}.options.linkedTable", "the name of a table of the fixture's database", field.Options?["linkedTable"]);
                var options = Translate(field.Options, tables[spec.Name], tables);
                var made = engine.Fields.Add(database, tables[spec.Name].Id, field.ToNewField(options));
                Refresh(database, tables, spec.Name);
                if (made.Options.TryGetProperty(LinkedRecordType.InverseKey, out var inverseId) && inverseId.ValueKind == JsonValueKind.String
                    && specs.FirstOrDefault(s => s.Name == linked.Name)?.Fields.FirstOrDefault(f => f.InverseOf == field.Name && f.Options?["linkedTable"]?.ToString() == spec.Name) is { } inverse)
                {
                    engine.Fields.Update(database, linked.Id, new FieldId(inverseId.GetString()!), new FieldChanges
                    {
                        Name = inverse.Name,
                        Description = inverse.Description ?? string.Empty,
                        AllowMultipleEntries = inverse.AllowMultipleEntries,
                        Required = inverse.Required,
                        Locked = inverse.Locked,
                    });
                }

                Refresh(database, tables, linked.Name);
            }
        }
    }

    private void AddComputed(DatabaseId database, TableSpec[] specs, Dictionary<string, Table> tables)
    {
        var pending = specs.SelectMany(s => s.Fields.Where(f => FixtureFormat.IsDependent(f.Type) && f.Type != FieldTypeNames.LinkedRecord).Select(f => (Spec: s, Field: f))).ToList();
        while (pending.Count > 0)
        {
            SoftrException? last = null;
            var progress = false;
            foreach (var item in pending.ToArray())
            {
                try
                {
                    var options = Translate(item.Field.Options, tables[item.Spec.Name], tables);
                    engine.Fields.Add(database, tables[item.Spec.Name].Id, item.Field.ToNewField(options));
                    Refresh(database, tables, item.Spec.Name);
                    pending.Remove(item);
                    progress = true;
                }
                catch (SoftrException error) when (error.Code == ErrorCode.BadRequest)
                {
                    // What it reads may be made later in this loop; try again in the next round.
                    last = error;
                }
            }

            if (!progress)
            {
                throw SoftrErrors.FixtureUnresolved(pending[0].Field.Where, last?.Message ?? "what it reads does not exist");
            }
        }
    }

    private void PutInOrder(DatabaseId database, TableSpec[] specs, Dictionary<string, Table> tables)
    {
        context.Store(database).Write(s =>
        {
            var numbers = DatabaseStore.ListTables(s).ToDictionary(r => r.Id, r => r.Num);
            var rows = DatabaseStore.ListFields(s);
            foreach (var spec in specs)
            {
                var table = tables[spec.Name];
                var ordered = spec.Fields.Select(f => table.Fields.First(x => x.Name == f.Name).Id.Value)
                    .Concat(table.Fields.Select(f => f.Id.Value))
                    .Distinct()
                    .ToArray();
                var tableNum = numbers[table.Id.Value];
                for (var i = 0; i < ordered.Length; i++)
                {
                    var row = rows.First(r => r.TableNum == tableNum && r.Id == ordered[i]);
                    DatabaseStore.SetFieldPosition(s, row.Num, i);
                }
            }

            DatabaseStore.BumpSchemaRevision(s);
            return 0;
        });
        foreach (var name in tables.Keys.ToArray())
        {
            Refresh(database, tables, name);
        }
    }

    private void SeedRecords(DatabaseId database, TableSpec[] specs, Dictionary<string, Table> tables)
    {
        var links = new List<(Table Table, List<RecordUpdate> Updates)>();
        foreach (var spec in specs)
        {
            var table = tables[spec.Name];
            var byName = table.Fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
            var withDefaults = table.Fields.Where(f => f.DefaultValue is not null && !f.ReadOnly).ToArray();
            var ids = new List<RecordId>(spec.Records.Count);
            var values = new List<IReadOnlyDictionary<string, object?>>(spec.Records.Count);
            var updates = new List<RecordUpdate>();
            for (var i = 0; i < spec.Records.Count; i++)
            {
                var where = $"{spec.Where}.records[{i}]";
                var record = Object(spec.Records[i], where);
                var id = Text(record, "id", where);
                if (id.Length != 14 || !id.All(char.IsAsciiLetterOrDigit))
                {
                    throw Invalid($"{where}.id", "a record ID of 14 letters or digits", record["id"]);
                }

                var plain = new Dictionary<string, object?>(StringComparer.Ordinal);
                var linked = new Dictionary<string, object?>(StringComparer.Ordinal);
                var fields = record["fields"] as JsonObject ?? throw Invalid($"{where}.fields", "an object", record["fields"]);
                foreach (var (name, value) in fields)
                {
                    var field = byName.TryGetValue(name, out var f) ? f : throw SoftrErrors.UnknownFieldKey(name);
                    var element = value is null ? (object?)null : JsonSerializer.SerializeToElement(value);
                    (field.Type == FieldTypeNames.LinkedRecord ? linked : plain)[field.Id.Value] = element;
                }

                // A value the fixture leaves out stays empty: the field's default must not fill it.
                foreach (var field in withDefaults)
                {
                    plain.TryAdd(field.Id.Value, null);
                }

                ids.Add(new RecordId(id));
                values.Add(plain);
                if (linked.Count > 0)
                {
                    updates.Add(new RecordUpdate(new RecordId(id), linked));
                }
            }

            if (ids.Count > 0)
            {
                engine.Records.CreateWithIds(database, table.Id, ids, values);
            }

            links.Add((table, updates));
        }

        foreach (var (table, updates) in links.Where(l => l.Updates.Count > 0))
        {
            engine.Records.UpdateMany(database, table.Id, updates);
        }
    }

    private static JsonElement? Translate(JsonObject? options, Table table, Dictionary<string, Table> tables)
    {
        if (options is null)
        {
            return null;
        }

        var copy = options.DeepClone().AsObject();
        Table? linkedTable = null;
        if (copy["linkedRecordField"]?.ToString() is { } linkName)
        {
            var link = table.Fields.FirstOrDefault(f => f.Name == linkName && f.Type == FieldTypeNames.LinkedRecord)
                ?? throw SoftrErrors.FixtureUnresolved($"table '{table.Name}'", $"it has no LINKED_RECORD field '{linkName}' yet");
            copy.Remove("linkedRecordField");
            copy[LinkedValueOptions.LinkFieldKey] = link.Id.Value;
            var linkedId = LinkedRecordType.LinkedTableIdOf(link.Options);
            linkedTable = tables.Values.FirstOrDefault(t => t.Id.Value == linkedId);
        }

        if (copy["linkedTable"]?.ToString() is { } tableName)
        {
            copy.Remove("linkedTable");
            copy[LinkedRecordType.TableKey] = tables.TryGetValue(tableName, out var linked) ? linked.Id.Value : tableName;
        }

        foreach (var (idKey, nameKey) in FixtureFormat.References.Where(r => r.NameKey is "lookupField" or "rollupField"))
        {
            if (copy[nameKey]?.ToString() is { } fieldName)
            {
                var target = linkedTable?.Fields.FirstOrDefault(f => f.Name == fieldName)
                    ?? throw SoftrErrors.FixtureUnresolved($"table '{table.Name}'", $"the linked table has no field '{fieldName}' yet");
                copy.Remove(nameKey);
                copy[idKey] = target.Id.Value;
            }
        }

        return JsonSerializer.SerializeToElement(copy);
    }

    private void Refresh(DatabaseId database, Dictionary<string, Table> tables, string name) =>
        tables[name] = engine.Tables.Get(database, tables[name].Id);

    private static JsonObject Object(JsonNode? node, string where) =>
        node as JsonObject ?? throw Invalid(where, "an object", node);

    private static JsonArray Array(JsonObject json, string key, string where) =>
        json[key] as JsonArray ?? throw Invalid($"{where}.{key}", "an array", json[key]);

    private static string Text(JsonObject json, string key, string where) =>
        OptionalText(json, key, where) ?? throw Invalid($"{where}.{key}", "a string", json[key]);

    private static string? OptionalText(JsonObject json, string key, string where) => json[key] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        var other => throw Invalid($"{where}.{key}", "a string", other),
    };

    private static bool? OptionalFlag(JsonObject json, string key, string where) => json[key] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        var other => throw Invalid($"{where}.{key}", "true or false", other),
    };

    private static SoftrException Invalid(string where, string expected, JsonNode? given) =>
        SoftrErrors.FixtureInvalid(where, expected, given is null ? "nothing" : given.ToJsonString());

    /// <summary>A table of the fixture.</summary>
    private sealed record TableSpec(string Where, string Name, string? Description, string PrimaryField, IReadOnlyList<FieldSpec> Fields, JsonArray Records)
    {
        public static TableSpec Parse(JsonObject json, string where) => new(
            where,
            Text(json, "name", where),
            OptionalText(json, "description", where),
            Text(json, "primaryField", where),
            Array(json, "fields", where).Select((f, i) => FieldSpec.Parse(Object(f, $"{where}.fields[{i}]"), $"{where}.fields[{i}]")).ToArray(),
            json["records"] as JsonArray ?? []);
    }

    /// <summary>A field of the fixture.</summary>
    private sealed record FieldSpec(
        string Where, string Name, string Type, string? Description, JsonObject? Options, bool? AllowMultipleEntries,
        bool Required, bool Locked, string? DefaultValue, JsonNode? AiOptions, string? InverseOf)
    {
        public static FieldSpec Parse(JsonObject json, string where) => new(
            where,
            Text(json, "name", where),
            Text(json, "type", where),
            OptionalText(json, "description", where),
            json["options"] switch
            {
                null => null,
                JsonObject o => o,
                var other => throw Invalid($"{where}.options", "an object", other),
            },
            OptionalFlag(json, "allowMultipleEntries", where),
            OptionalFlag(json, "required", where) ?? false,
            OptionalFlag(json, "locked", where) ?? false,
            OptionalText(json, "defaultValue", where),
            json["aiOptions"],
            OptionalText(json, "inverseOf", where));

        public NewField ToNewField(JsonElement? options) => new(Name, Type)
        {
            Description = Description,
            Options = options,
            AllowMultipleEntries = AllowMultipleEntries,
            Required = Required,
            Locked = Locked,
            DefaultValue = DefaultValue,
            AiOptions = AiOptions is null ? null : JsonSerializer.SerializeToElement(AiOptions),
        };

        public NewField ToNewField(JsonObject? options) => ToNewField(options is null ? (JsonElement?)null : JsonSerializer.SerializeToElement(options));
    }
}
