using SoftrLite.Cli;

namespace SoftrLite.Tests.Cli;

/// <summary><c>softrlite import</c>: CSV and JSON into a table, batched, bad rows refused one by one with their lines.</summary>
public sealed class ImportCommandTests
{
    private CliDirectory _dir = null!;

    [SetUp]
    public void CreateDirectory() => _dir = new CliDirectory();

    [TearDown]
    public void DeleteDirectory() => _dir.Dispose();

    [Test]
    public void Import_refuses_bad_rows_with_their_lines_and_writes_the_rest_of_the_batch()
    {
        var (db, table) = PeopleTable();
        var csv = _dir.File("people.csv", "Name,Age,Email,Notes\nAda,36,ada@example.com,\nBob,thirty,bob@example.com,\nCy,40,cy@example.com,\"two\nlines\"\nDee,41,not-an-email,\nEve,42,eve@example.com,\n");

        var (code, output, _) = _dir.Run("import", csv, "--database", "People", "--table", "Persons");

        using var engine = _dir.Open();
        var names = engine.Records.Enumerate(db, table).Select(r => r.Get<string>("Name")).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Failure));
            Assert.That(output, Does.Contain("Imported 3 rows"));
            Assert.That(output, Does.Contain("line 3: VALIDATION_ERROR"));
            Assert.That(output, Does.Contain("line 6: VALIDATION_ERROR"));
            Assert.That(output, Does.Not.Contain("line 2:").And.Not.Contain("line 4:").And.Not.Contain("line 7:"));
            Assert.That(names, Is.EqualTo(new[] { "Ada", "Cy", "Eve" }));
        });
    }

    [Test]
    public void Import_refuses_a_row_with_the_wrong_number_of_cells_and_reports_its_line()
    {
        PeopleTable();
        var csv = _dir.File("people.csv", "Name,Age\nAda,36\nBob\nCy,40\n");

        var (code, output, _) = _dir.Run("import", csv, "--database", "People", "--table", "Persons");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Failure));
            Assert.That(output, Does.Contain("Imported 2 rows"));
            Assert.That(output, Does.Contain("line 3: BAD_ROW"));
        });
    }

    [Test]
    public void Import_with_create_makes_the_database_table_and_typed_fields()
    {
        var csv = _dir.File("items.csv", "Title,Price,Done,Due,Starts,Contact,Site\nA,1.5,true,2026-01-02,2026-01-02T10:00:00.000Z,a@example.com,https://a.example.com\nB,,false,,,,\n");

        var (code, output, error) = _dir.Run("import", csv, "--database", "Shop", "--table", "Items", "--create");

        using var engine = _dir.Open();
        var database = engine.Databases.List().Items.Single(d => d.Name == "Shop");
        var table = engine.Tables.GetByName(database.Id, "Items");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success), output + error);
            Assert.That(table.Fields.Select(f => f.Type), Is.EqualTo(new[]
            {
                FieldTypeNames.SingleLineText, FieldTypeNames.Number, FieldTypeNames.Checkbox, FieldTypeNames.Date,
                FieldTypeNames.DateTime, FieldTypeNames.Email, FieldTypeNames.Url,
            }));
            Assert.That(table.PrimaryFieldId, Is.EqualTo(table.Fields[0].Id));
            Assert.That(engine.Records.Enumerate(database.Id, table.Id).Select(r => r.Get<double?>("Price")), Is.EqualTo(new double?[] { 1.5, null }));
        });
    }

    [Test]
    public void Import_fails_without_create_when_the_database_or_a_field_is_missing()
    {
        PeopleTable();
        var csv = _dir.File("people.csv", "Name,Shoe size\nAda,38\n");

        var noDatabase = _dir.Run("import", csv, "--database", "Nowhere", "--table", "Persons");
        var noField = _dir.Run("import", csv, "--database", "People", "--table", "Persons");

        using var engine = _dir.Open();
        Assert.Multiple(() =>
        {
            Assert.That(noDatabase.Code, Is.EqualTo(ExitCodes.Failure));
            Assert.That(noField.Code, Is.EqualTo(ExitCodes.Failure));
            Assert.That(noField.Error, Does.Contain("--create"));
            Assert.That(engine.Databases.List().Items.Select(d => d.Name), Is.EqualTo(new[] { "People" }));
        });
    }

    [Test]
    public void Import_reads_a_json_array_of_records_keyed_by_field_names()
    {
        var (db, table) = PeopleTable();
        var json = _dir.File("people.json", """[{"Name":"Ada","Age":36},{"fields":{"Name":"Bob","Age":"old"}},{"Name":"Cy"}]""");

        var (code, output, _) = _dir.Run("import", json, "--database", "People", "--table", "Persons");

        using var engine = _dir.Open();
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Failure));
            Assert.That(output, Does.Contain("record 2: VALIDATION_ERROR"));
            Assert.That(engine.Records.Enumerate(db, table).Select(r => r.Get<string>("Name")), Is.EqualTo(new[] { "Ada", "Cy" }));
        });
    }

    [Test]
    public void Import_needs_a_format_it_can_tell()
    {
        var file = _dir.File("people.txt", "Name\nAda\n");

        var (code, _, _) = _dir.Run("import", file, "--database", "People", "--table", "Persons", "--create");

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
    }

    private (DatabaseId Database, TableId Table) PeopleTable()
    {
        using var engine = _dir.Open();
        var database = engine.Databases.Create(engine.Workspaces.Default.Id, "People");
        var table = engine.Tables.Create(database.Id, new NewTable("Persons")
        {
            PrimaryFieldName = "Name",
            Fields =
            [
                new NewField("Name", FieldTypeNames.SingleLineText),
                new NewField("Age", FieldTypeNames.Number),
                new NewField("Email", FieldTypeNames.Email),
                new NewField("Notes", FieldTypeNames.LongText),
            ],
        });
        return (database.Id, table.Id);
    }
}
