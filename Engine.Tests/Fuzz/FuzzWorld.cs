using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using SoftrLite.Rest;
using SoftrLite.Tests.Contract;
using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Fuzz;

/// <summary>
/// A fresh engine with every field type, two linked tables and a few records, that the fuzz test sends requests to:
/// it resolves a request's placeholders to the world's IDs and names, and dumps every file whole.
/// </summary>
internal sealed partial class FuzzWorld : IDisposable
{
    private static readonly (string Name, string Type, string? Options, bool Multiple)[] PlainFields =
    [
        ("Text", FieldTypeNames.SingleLineText, null, false),
        ("Long", FieldTypeNames.LongText, null, false),
        ("Email", FieldTypeNames.Email, null, false),
        ("Phone", FieldTypeNames.Phone, null, false),
        ("Url", FieldTypeNames.Url, null, false),
        ("Num", FieldTypeNames.Number, """{"precision":2,"min":-5,"max":1000000}""", false),
        ("Money", FieldTypeNames.Currency, null, false),
        ("Pct", FieldTypeNames.Percent, null, false),
        ("Dur", FieldTypeNames.Duration, null, false),
        ("Stars", FieldTypeNames.Rating, """{"max":10}""", false),
        ("Check", FieldTypeNames.Checkbox, null, false),
        ("Day", FieldTypeNames.Date, null, false),
        ("When", FieldTypeNames.DateTime, null, false),
        ("One", FieldTypeNames.Select, """{"choices":[{"label":"Open"},{"label":"Closed"}]}""", false),
        ("Many", FieldTypeNames.Select, """{"choices":[{"label":"Open"},{"label":"Closed"}],"allowToAddNewChoice":true}""", true),
        ("Files", FieldTypeNames.Attachment, null, true),
        ("Owner", FieldTypeNames.User, null, false),
        ("Calc", FieldTypeNames.Formula, """{"formula":"{Num} * 2 & {Text}"}""", false),
        ("Ratio", FieldTypeNames.Formula, """{"formula":"{Num} / {Stars}"}""", false),
        ("Made", FieldTypeNames.CreatedAt, null, false),
        ("Changed", FieldTypeNames.UpdatedAt, null, false),
        ("Maker", FieldTypeNames.CreatedBy, null, false),
        ("Editor", FieldTypeNames.UpdatedBy, null, false),
        ("Auto", FieldTypeNames.Autonumber, null, false),
        ("Rid", FieldTypeNames.RecordId, null, false),
    ];

    private readonly List<string> _fieldIds = [];
    private readonly List<string> _fieldNames = [];
    private readonly List<string> _records = [];
    private readonly string _view;
    private readonly string _workspace;

    public FuzzWorld()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero));
        Engine = TestBackend.Open(new SoftrEngineOptions { TimeProvider = clock, IdSeed = 11 });
        Api = new ValidatingRestApi(Engine);
        _workspace = Engine.Workspaces.Default.Id.Value;
        Engine.Workspaces.AddCollaborator(Engine.Workspaces.Default.Id, "Ada", "ada@example.com");
        var database = Engine.Databases.Create(Engine.Workspaces.Default.Id, "Fuzz").Id;
        Database = database.Value;
        OtherDatabase = Engine.Databases.Create(Engine.Workspaces.Default.Id, "Other").Id.Value;

        var b = Engine.Tables.Create(database, new NewTable("B")
        {
            Fields = [new NewField("Name", FieldTypeNames.SingleLineText), new NewField("Score", FieldTypeNames.Number)],
        });
        var a = Engine.Tables.Create(database, new NewTable("A")
        {
            Fields =
            [
                .. PlainFields.Select(f => new NewField(f.Name, f.Type)
                {
                    Options = f.Options is null ? null : JsonElement.Parse(f.Options),
                    AllowMultipleEntries = f.Multiple ? true : null,
                }),
                new NewField("Link", FieldTypeNames.LinkedRecord) { Options = JsonElement.Parse($$"""{"linkedTableId":"{{b.Id}}"}""") },
            ],
        });
        TableA = a.Id.Value;
        TableB = b.Id.Value;
        var link = Engine.Tables.Get(database, a.Id).Fields.Single(f => f.Name == "Link").Id;
        var score = b.Fields.Single(f => f.Name == "Score").Id;
        Engine.Fields.Add(database, a.Id, new NewField("Scores", FieldTypeNames.Lookup) { Options = JsonElement.Parse($$"""{"linkedRecordFieldId":"{{link}}","lookupFieldId":"{{score}}"}""") });
        Engine.Fields.Add(database, a.Id, new NewField("Total", FieldTypeNames.Rollup) { Options = JsonElement.Parse($$"""{"linkedRecordFieldId":"{{link}}","rollupFieldId":"{{score}}","function":"SUM"}""") });
        Engine.Fields.Add(database, a.Id, new NewField("Links", FieldTypeNames.Count) { Options = JsonElement.Parse($$"""{"linkedRecordFieldId":"{{link}}"}""") });

        foreach (var table in new[] { Engine.Tables.Get(database, a.Id), Engine.Tables.Get(database, b.Id) })
        {
            _fieldIds.AddRange(table.Fields.Select(f => f.Id.Value));
            _fieldNames.AddRange(table.Fields.Select(f => f.Name));
        }

        _view = a.DefaultViewId.Value;
        for (var i = 0; i < 3; i++)
        {
            var linked = Engine.Records.Create(database, b.Id, new Dictionary<string, object?> { ["Name"] = "b" + i, ["Score"] = i });
            var record = Engine.Records.Create(database, a.Id, new Dictionary<string, object?>
            {
                ["Text"] = "a" + i,
                ["Num"] = i * 1.5,
                ["Stars"] = i,
                ["One"] = "Open",
                ["Link"] = new[] { linked.Id.Value },
            });
            _records.Add(record.Id.Value);
            _records.Add(linked.Id.Value);
        }
    }

    public SoftrEngine Engine { get; }

    public ValidatingRestApi Api { get; }

    public string Database { get; }

    public string OtherDatabase { get; }

    public string TableA { get; }

    public string TableB { get; }

    /// <summary>Replaces each placeholder of <paramref name="template"/> with a name or ID of the world.</summary>
    public string Resolve(string template) => Placeholder().Replace(template, match =>
    {
        var index = match.Groups[2].Value.Length == 0 ? 0 : int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        return match.Groups[1].Value switch
        {
            "db" when index == 1 => OtherDatabase,
            "db" => Database,
            "tA" => TableA,
            "tB" => TableB,
            "f" => _fieldIds[index % _fieldIds.Count],
            "n" => _fieldNames[index % _fieldNames.Count],
            "r" => _records[index % _records.Count],
            "v" => _view,
            "ws" => _workspace,
            "long" => new string('x', 70_000),
            _ => match.Value,
        };
    });

    /// <summary>Remembers the ID of a record a request created, so later requests can name it.</summary>
    public void Learn(string? body)
    {
        if (body is null || _records.Count > 40)
        {
            return;
        }

        using var document = JsonDocument.Parse(body);
        if (document.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            && data.TryGetProperty("fields", out _) && data.TryGetProperty("id", out var id))
        {
            _records.Add(id.GetString()!);
        }
    }

    private readonly Dictionary<string, string> _dumps = [];

    /// <summary>The dump of the catalog and one database, computed again only after <see cref="ForgetDumps"/>.</summary>
    public string CurrentDump(string? database)
    {
        var key = database ?? string.Empty;
        if (!_dumps.TryGetValue(key, out var dump))
        {
            _dumps[key] = dump = Dump(database);
        }

        return dump;
    }

    /// <summary>Drops the cached dumps: the data may have changed.</summary>
    public void ForgetDumps() => _dumps.Clear();

    /// <summary>Every table of the catalog and of one database (when listed), rows included, as text.</summary>
    public string Dump(string? database)
    {
        // Each read builds its own text: a store may run a read again (PostgreSQL, after a schema change), so the work
        // given to it must not add to anything outside it.
        var context = Engine.Context;
        var (catalog, databases) = context.Catalog.Read(s =>
        {
            var text = new StringBuilder();
            return (text, DumpFile(s.Connection, text).Count > 0 ? ReadIds(s.Connection) : []);
        });
        foreach (var id in databases.Where(d => d == database))
        {
            catalog.Append("== ").Append(id).Append('\n');
            catalog.Append(context.Store(new DatabaseId(id)).Read(s =>
            {
                var text = new StringBuilder();
                DumpFile(s.Connection, text);
                return text;
            }));
        }

        return catalog.ToString();
    }

    public void Dispose() => Engine.Dispose();

    private static List<string> ReadIds(System.Data.Common.DbConnection c)
    {
        using var command = c.CreateCommand();
        command.CommandText = "SELECT id FROM databases ORDER BY rk";
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static List<string> DumpFile(System.Data.Common.DbConnection c, StringBuilder text)
    {
        if (DataDump.IsPostgres(c))
        {
            return DumpSchema(c, text);
        }

        var tables = new List<string>();
        using (var command = c.CreateCommand())
        {
            command.CommandText = "SELECT name, sql FROM sqlite_master ORDER BY type, name";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                text.Append(reader.GetString(0)).Append(": ").Append(reader.IsDBNull(1) ? "" : reader.GetString(1)).Append('\n');
                if (!reader.IsDBNull(1) && reader.GetString(1).StartsWith("CREATE TABLE", StringComparison.Ordinal))
                {
                    tables.Add(reader.GetString(0));
                }
            }
        }

        foreach (var table in tables)
        {
            using var command = c.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.GetValue(i) switch
                    {
                        byte[] bytes => Convert.ToBase64String(bytes),
                        double d => d.ToString("R", CultureInfo.InvariantCulture),
                        var v => Convert.ToString(v, CultureInfo.InvariantCulture),
                    }).Append('|');
                }

                text.Append('\n');
            }
        }

        tables.Add(string.Empty);
        return tables;
    }

    // PostgreSQL: each table with its columns and types, then its rows.
    private static List<string> DumpSchema(System.Data.Common.DbConnection c, StringBuilder text)
    {
        var tables = DataDump.Tables(c, everyTable: true);
        foreach (var table in tables)
        {
            using (var columns = c.CreateCommand())
            {
                columns.CommandText = "SELECT attname || ' ' || format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = to_regclass(quote_ident(@table))::oid AND attnum > 0 AND NOT attisdropped ORDER BY attnum";
                var parameter = columns.CreateParameter();
                parameter.ParameterName = "@table";
                parameter.Value = table;
                columns.Parameters.Add(parameter);
                using var reader = columns.ExecuteReader();
                text.Append(table).Append(':');
                while (reader.Read())
                {
                    text.Append(' ').Append(reader.GetString(0));
                }

                text.Append('\n');
            }

            foreach (var row in DataDump.Rows(c, table))
            {
                text.AppendJoin('|', row.Select(column => column.Value)).Append('\n');
            }
        }

        tables.Add(string.Empty);
        return tables;
    }

    [GeneratedRegex("§([a-zA-Z]+?)([0-9]*)§")]
    private static partial Regex Placeholder();
}
