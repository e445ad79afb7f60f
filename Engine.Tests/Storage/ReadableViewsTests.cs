using System.Globalization;
using Microsoft.Data.Sqlite;
using SoftrLite.Tests.Support;
using static SoftrLite.Tests.Support.TestEngine;

namespace SoftrLite.Tests.Storage;

/// <summary>Every database file holds one read-only view per table, by name, in human form, for other SQLite tools.</summary>
public sealed class ReadableViewsTests
{
    /// <summary>Readable views are a feature of SQLite files (for people who open them with sqlite3); PostgreSQL has none (docs/scaling.md).</summary>
    [SetUp]
    public void SqliteOnly()
    {
        if (TestBackend.IsPostgres)
        {
            Assert.Ignore("readable SQL views exist on SQLite only; runs in the SQLite pass of scripts/test");
        }
    }

    private static readonly Collaborator Ada = new("usrAda00000001", "Ada Lovelace", "ada@example.com");
    private string _directory = "";

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("softrlite-views-").FullName;

    [TearDown]
    public void DeleteDirectory()
    {
        SqliteConnection.ClearAllPools();
        if (!string.IsNullOrEmpty(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Test]
    public void View_shows_every_type_by_field_name_in_human_form_when_read_with_plain_sqlite()
    {
        using var engine = SoftrEngine.Open(_directory, new SoftrEngineOptions { IdSeed = 3, ActingUser = Ada });
        var db = engine.NewDatabase().Id;
        var grace = engine.Workspaces.AddCollaborator(engine.Workspaces.Default.Id, "Grace Hopper", "grace@example.com");
        var companies = engine.Tables.Create(db, new NewTable("Companies"));
        var people = engine.Tables.Create(db, new NewTable("People")
        {
            Fields =
            [
                Field("Name", FieldTypeNames.SingleLineText),
                Field("Age", FieldTypeNames.Number),
                Field("Active", FieldTypeNames.Checkbox),
                Field("Born", FieldTypeNames.Date),
                Field("Met", FieldTypeNames.DateTime),
                Field("Status", FieldTypeNames.Select, """{"choices":[{"label":"New"},{"label":"Won"}]}"""),
                new NewField("Tags", FieldTypeNames.Select) { AllowMultipleEntries = true, Options = TestEngine.Json("""{"choices":[{"label":"A"},{"label":"B"},{"label":"C"}]}""") },
                Field("Owner", FieldTypeNames.User),
                Field("Files", FieldTypeNames.Attachment),
                Field("Company", FieldTypeNames.LinkedRecord, $$"""{"linkedTableId":"{{companies.Id}}"}"""),
                Field("Created", FieldTypeNames.CreatedAt),
                Field("Creator", FieldTypeNames.CreatedBy),
            ],
        });
        var fields = engine.Tables.Get(db, people.Id).Fields;
        engine.Fields.Add(db, people.Id, Field("Ratio", FieldTypeNames.Formula, """{"formula":"{Age} / 0"}"""));
        engine.Fields.Add(db, people.Id, Field("Adult", FieldTypeNames.Formula, """{"formula":"{Age} >= 18"}"""));
        var link = fields.Single(f => f.Name == "Company").Id.Value;
        var companyName = engine.Tables.Get(db, companies.Id).PrimaryFieldId.Value;
        engine.Fields.Add(db, people.Id, Field("Company names", FieldTypeNames.Lookup, $$"""{"linkedRecordFieldId":"{{link}}","lookupFieldId":"{{companyName}}"}"""));
        var acme = engine.Records.Create(db, companies.Id, Values(("Name", "Acme")));
        var globex = engine.Records.Create(db, companies.Id, Values(("Name", "Globex")));
        var ada = engine.Records.Create(db, people.Id, Values(
            ("Name", "Ada"),
            ("Age", 36),
            ("Active", true),
            ("Born", "1815-12-10"),
            ("Met", "1833-06-05T14:30:00+02:00"),
            ("Status", "Won"),
            ("Tags", new[] { "C", "A" }),
            ("Owner", grace.Id),
            ("Files", "https://example.com/notes.pdf"),
            ("Company", new[] { globex.Id.Value, acme.Id.Value })));
        var empty = engine.Records.Create(db, people.Id, Values(("Name", "Nobody"), ("Active", false)));

        var (columns, rows) = Query(File(db), """SELECT * FROM "People" """);

        Assert.Multiple(() =>
        {
            Assert.That(columns, Is.EqualTo(new[]
            {
                "id", "Name", "Age", "Active", "Born", "Met", "Status", "Tags", "Owner", "Files", "Company", "Created", "Creator",
                "Ratio", "Adult", "Company names", "createdAt", "updatedAt",
            }));
            Assert.That(rows, Has.Count.EqualTo(2));
            Assert.That(rows[0], Is.EqualTo(new object?[]
            {
                ada.Id.Value, "Ada", 36.0, "true", "1815-12-10", "1833-06-05T12:30:00.000Z", "Won", "C, A", grace.Id, "https://example.com/notes.pdf",
                "Globex, Acme", Iso(ada.CreatedAt), "Ada Lovelace", "#DIV/0!", "true", "Globex, Acme", Iso(ada.CreatedAt), Iso(ada.UpdatedAt),
            }));
            Assert.That(rows[1][0], Is.EqualTo(empty.Id.Value));
            Assert.That(rows[1][3], Is.EqualTo("false"));
            Assert.That(rows[1][6..11], Is.All.Null);
        });
    }

    [Test]
    public void Views_follow_table_and_field_renames_and_deletes()
    {
        using var engine = SoftrEngine.Open(_directory, new SoftrEngineOptions { IdSeed = 4 });
        var db = engine.NewDatabase().Id;
        var companies = engine.Tables.Create(db, new NewTable("Companies"));
        var people = engine.Tables.Create(db, new NewTable("People")
        {
            Fields = [Field("Name", FieldTypeNames.SingleLineText), Field("Age", FieldTypeNames.Number), Field("Employer", FieldTypeNames.LinkedRecord, $$"""{"linkedTableId":"{{companies.Id}}"}""")],
        });
        var acme = engine.Records.Create(db, companies.Id, Values(("Name", "Acme")));
        engine.Records.Create(db, people.Id, Values(("Name", "Ada"), ("Age", 36), ("Employer", acme.Id.Value)));
        var age = people.Fields.Single(f => f.Name == "Age").Id;

        engine.Tables.Update(db, people.Id, name: "Staff");
        engine.Fields.Update(db, people.Id, age, new FieldChanges { Name = "Years" });
        engine.Fields.Update(db, companies.Id, companies.PrimaryFieldId, new FieldChanges { Name = "Title" });
        Assert.Multiple(() =>
        {
            Assert.That(ViewNames(File(db)), Is.EqualTo(new[] { "Companies", "Staff" }));
            Assert.That(Query(File(db), """SELECT "Name", "Years", "Employer" FROM "Staff" """).Rows.Single(), Is.EqualTo(new object?[] { "Ada", 36.0, "Acme" }));
            Assert.That(Query(File(db), """SELECT "Title", "People" FROM "Companies" """).Rows.Single(), Is.EqualTo(new object?[] { "Acme", "Ada" }));
        });

        engine.Fields.Delete(db, people.Id, age);
        Assert.That(Query(File(db), """SELECT * FROM "Staff" """).Columns, Is.EqualTo(new[] { "id", "Name", "Employer", "createdAt", "updatedAt" }));

        engine.Tables.Delete(db, companies.Id, DeleteMode.Force);
        Assert.Multiple(() =>
        {
            Assert.That(ViewNames(File(db)), Is.EqualTo(new[] { "Staff" }));
            Assert.That(Query(File(db), """SELECT * FROM "Staff" """).Columns, Is.EqualTo(new[] { "id", "Name", "createdAt", "updatedAt" }));
        });
    }

    [Test]
    public void Names_are_made_unique_and_safe_when_tables_or_fields_share_or_abuse_them()
    {
        using var engine = SoftrEngine.Open(_directory, new SoftrEngineOptions { IdSeed = 5 });
        var db = engine.NewDatabase().Id;
        var longName = new string('x', 255);
        string[] hostile =
        [
            "Dup", "dup", "say \"hi\"", "[x]", "]", "x\"; DROP TABLE _meta; --", "x'); DROP TABLE _meta;--", longName, "Café ☕ 日本", "t1", "_meta",
            "sqlite_master", "Dup (2)", "_choices",
        ];
        var tables = hostile.Select(name => engine.Tables.Create(db, new NewTable(name)
        {
            Fields = [Field("Name", FieldTypeNames.SingleLineText), Field("name", FieldTypeNames.Number), Field("id", FieldTypeNames.SingleLineText), Field("a\"]`;--", FieldTypeNames.SingleLineText)],
        })).ToArray();
        for (var i = 0; i < tables.Length; i++)
        {
            engine.Records.Create(db, tables[i].Id, Values(("Name", "row " + i)));
        }

        string[] expected =
        [
            "Dup", "dup (2)", "say \"hi\"", "[x]", "]", "x\"; DROP TABLE _meta; --", "x'); DROP TABLE _meta;--", longName, "Café ☕ 日本", "t1 (2)", "_meta (2)",
            "_sqlite_master", "Dup (2) (2)", "_choices (2)",
        ];
        Assert.That(ViewNames(File(db)), Is.EquivalentTo(expected));
        for (var i = 0; i < expected.Length; i++)
        {
            var (columns, rows) = Query(File(db), $"SELECT * FROM \"{expected[i].Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
            Assert.Multiple(() =>
            {
                Assert.That(columns, Is.EqualTo(new[] { "id (2)", "Name", "name (2)", "id", "a\"]`;--", "createdAt", "updatedAt" }));
                Assert.That(rows.Single()[1], Is.EqualTo("row " + i));
            });
        }

        Assert.That(Query(File(db), "SELECT count(*) FROM _meta WHERE key NOT GLOB 'rev:*'").Rows.Single()[0], Is.EqualTo(2L));
    }

    [Test]
    public void Insert_into_a_view_fails_because_views_are_read_only()
    {
        using var engine = SoftrEngine.Open(_directory, new SoftrEngineOptions { IdSeed = 6 });
        var db = engine.NewDatabase().Id;
        engine.Tables.Create(db, new NewTable("People"));
        SqliteConnection.ClearAllPools();

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = File(db), Pooling = false }.ToString());
        connection.Open();
        using var insert = connection.CreateCommand();
        insert.CommandText = """INSERT INTO "People"("Name") VALUES ('Eve')""";

        Assert.That(() => insert.ExecuteNonQuery(), Throws.TypeOf<SqliteException>());
    }

    [Test]
    public void Choices_added_by_a_record_write_or_renamed_show_as_labels_at_once()
    {
        using var engine = SoftrEngine.Open(_directory, new SoftrEngineOptions { IdSeed = 7 });
        var db = engine.NewDatabase().Id;
        var table = engine.Tables.Create(db, new NewTable("Deals")
        {
            Fields = [Field("Name", FieldTypeNames.SingleLineText), Field("Stage", FieldTypeNames.Select, """{"choices":[{"label":"Open"}],"allowToAddNewChoice":true}""")],
        });
        engine.Records.Create(db, table.Id, Values(("Name", "One"), ("Stage", "Open")));
        engine.Records.Create(db, table.Id, Values(("Name", "Two"), ("Stage", "Lost")));
        Assert.That(Query(File(db), """SELECT "Stage" FROM "Deals" """).Rows.Select(r => r[0]), Is.EqualTo(new[] { "Open", "Lost" }));

        var stage = engine.Tables.Get(db, table.Id).Fields[1];
        var open = stage.Options.GetProperty("choices")[0].GetProperty("id").GetString();
        var lost = stage.Options.GetProperty("choices")[1].GetProperty("id").GetString();
        engine.Fields.Update(db, table.Id, stage.Id, new FieldChanges
        {
            Options = TestEngine.Json($$"""{"choices":[{"id":"{{open}}","label":"Pending"},{"id":"{{lost}}","label":"Lost"}],"allowToAddNewChoice":true}"""),
        });

        Assert.That(Query(File(db), """SELECT "Stage" FROM "Deals" """).Rows.Select(r => r[0]), Is.EqualTo(new[] { "Pending", "Lost" }));
    }

    [Test]
    public void Open_makes_the_views_of_a_file_that_has_none()
    {
        DatabaseId db;
        using (var engine = SoftrEngine.Open(_directory, new SoftrEngineOptions { IdSeed = 8 }))
        {
            db = engine.NewDatabase().Id;
            var table = engine.Tables.Create(db, new NewTable("People"));
            engine.Records.Create(db, table.Id, Values(("Name", "Ada")));
        }

        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = File(db), Pooling = false }.ToString()))
        {
            connection.Open();
            using var drop = connection.CreateCommand();
            drop.CommandText = """DROP VIEW "People" """;
            drop.ExecuteNonQuery();
        }

        Assert.That(ViewNames(File(db)), Is.Empty);
        using (var reopened = SoftrEngine.Open(_directory))
        {
            reopened.Databases.Get(db);
            Assert.That(Query(File(db), """SELECT "Name" FROM "People" """).Rows.Single()[0], Is.EqualTo("Ada"));
        }
    }

    [Test]
    public void In_memory_engines_keep_no_views_because_no_tool_can_open_their_databases()
    {
        using var f = new TestEngine();
        var table = f.Table("People", Field("Name", FieldTypeNames.SingleLineText), Field("Done", FieldTypeNames.Checkbox));
        f.Create(table, ("Name", "Ada"), ("Done", true));
        f.Engine.Fields.Add(f.Db, table.Id, Field("Age", FieldTypeNames.Number));

        Assert.Multiple(() =>
        {
            Assert.That(ViewSql(f), Is.Empty);
            Assert.That(f.Engine.Records.Get(f.Db, table.Id, f.Engine.Records.List(f.Db, table.Id).Items[0].Id).Fields, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void View_shows_a_field_added_to_a_file_at_once()
    {
        using var engine = SoftrEngine.Open(_directory, new SoftrEngineOptions { IdSeed = 10 });
        var db = engine.Databases.Create(engine.Workspaces.Default.Id, "Views").Id;
        var people = engine.Tables.Create(db, new NewTable("People") { Fields = [Field("Name", FieldTypeNames.SingleLineText)] });
        engine.Tables.Create(db, new NewTable("Teams") { Fields = [Field("Title", FieldTypeNames.SingleLineText)] });
        engine.Records.Create(db, people.Id, Values(("Name", "Ada")));

        engine.Fields.Add(db, people.Id, Field("Age", FieldTypeNames.Number));
        engine.Records.Update(db, people.Id, engine.Records.List(db, people.Id).Items[0].Id, Values(("Age", 36)));

        Assert.Multiple(() =>
        {
            Assert.That(ViewNames(File(db)), Is.EqualTo(new[] { "People", "Teams" }));
            Assert.That(Query(File(db), """SELECT "Name", "Age" FROM "People" """).Rows.Single(), Is.EqualTo(new object?[] { "Ada", 36.0 }));
        });
    }

    [Test]
    public void Failed_schema_write_leaves_data_and_views_identical()
    {
        var armed = false;
        using var f = new TestEngine(new SoftrEngineOptions { IdSeed = 9, FailPoint = step => { if (armed && step is "field.add" or "field.delete" or "table.update") { throw new InvalidOperationException("injected"); } } });
        var table = f.Table("People", Field("Name", FieldTypeNames.SingleLineText), Field("Age", FieldTypeNames.Number));
        f.Create(table, ("Name", "Ada"), ("Age", 36));
        var before = f.Dump() + ViewSql(f);
        armed = true;

        Assert.Multiple(() =>
        {
            Assert.That(() => f.Engine.Fields.Add(f.Db, table.Id, Field("Score", FieldTypeNames.Number)), Throws.InvalidOperationException);
            Assert.That(() => f.Engine.Fields.Delete(f.Db, table.Id, table.Fields[1].Id), Throws.InvalidOperationException);
            Assert.That(() => f.Engine.Tables.Update(f.Db, table.Id, name: "Staff"), Throws.InvalidOperationException);
            Assert.That(f.Dump() + ViewSql(f), Is.EqualTo(before));
        });
    }

    private static string ViewSql(TestEngine f) => f.Engine.Context.Store(f.Db).Read(s =>
    {
        using var command = s.Connection.CreateCommand();
        command.CommandText = "SELECT group_concat(sql, char(10)) FROM (SELECT sql FROM sqlite_master WHERE type = 'view' ORDER BY name)";
        return command.ExecuteScalar() as string ?? string.Empty;
    });

    private static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private string File(DatabaseId db) => Path.Combine(_directory, "databases", db.Value + ".sqlite");

    // The table views, without the engine's helper view of select choices.
    private static string[] ViewNames(string file) =>
        Query(file, "SELECT name FROM sqlite_master WHERE type = 'view' AND name <> '_choices' ORDER BY name").Rows.Select(r => (string)r[0]!).ToArray();

    // A plain read-only connection, as another tool would open the file.
    private static (string[] Columns, List<object?[]> Rows) Query(string file, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray());
        }

        return (columns, rows);
    }
}
