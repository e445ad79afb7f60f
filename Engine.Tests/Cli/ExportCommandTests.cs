using SoftrLite.Tests.Support;
using SoftrLite.Cli;

namespace SoftrLite.Tests.Cli;

/// <summary><c>softrlite export</c>: CSV that imports back to the same text, and JSON fixtures that seed.</summary>
public sealed class ExportCommandTests
{
    private CliDirectory _dir = null!;

    [SetUp]
    public void CreateDirectory() => _dir = new CliDirectory();

    [TearDown]
    public void DeleteDirectory() => _dir.Dispose();

    [TestCase(DemoCrm.DealsName)]
    [TestCase(DemoCrm.CompaniesName)]
    [TestCase(DemoCrm.ContactsName)]
    public void Export_csv_imported_with_create_exports_the_same_text(string table)
    {
        _dir.Run("demo");

        var first = _dir.Run("export", "--database", DemoCrm.DatabaseName, "--table", table, "--format", "csv", "--out", "first.csv");
        var imported = _dir.Run("import", "first.csv", "--database", "Copy", "--table", table, "--create");
        var second = _dir.Run("export", "--database", "Copy", "--table", table, "--format", "csv");

        Assert.Multiple(() =>
        {
            Assert.That(first.Code, Is.EqualTo(ExitCodes.Success), first.Error);
            Assert.That(imported.Code, Is.EqualTo(ExitCodes.Success), imported.Output + imported.Error);
            Assert.That(second.Code, Is.EqualTo(ExitCodes.Success), second.Error);
            Assert.That(second.Output, Is.EqualTo(_dir.Read("first.csv")));
            Assert.That(second.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.GreaterThan(25));
        });
    }

    [Test]
    public void Export_json_imported_whole_into_another_data_directory_exports_the_same_text()
    {
        _dir.Run("demo");

        var first = _dir.Run("export", "--database", DemoCrm.DatabaseName, "--format", "json", "--out", "first.json");
        var imported = _dir.Run("import", "first.json", "--data", "other");
        var second = _dir.Run("export", "--data", "other", "--database", DemoCrm.DatabaseName, "--format", "json");

        Assert.Multiple(() =>
        {
            Assert.That(first.Code, Is.EqualTo(ExitCodes.Success), first.Error);
            Assert.That(imported.Code, Is.EqualTo(ExitCodes.Success), imported.Output + imported.Error);
            Assert.That(imported.Output, Does.Match($"Imported \"{DemoCrm.DatabaseName}\" \\(.+\\): 3 tables, [1-9][0-9]* records\\."));
            Assert.That(second.Code, Is.EqualTo(ExitCodes.Success), second.Error);
            Assert.That(second.Output, Is.EqualTo(_dir.Read("first.json")));
        });
    }

    [Test]
    public void Import_without_a_table_fails_with_usage_unless_the_file_is_a_json_fixture()
    {
        var csv = _dir.File("people.csv", "Name\nAda\n");
        var records = _dir.File("people.json", """[{"Name":"Ada"}]""");

        var onlyDatabase = _dir.Run("import", csv, "--database", "People");
        var array = _dir.Run("import", records);

        Assert.Multiple(() =>
        {
            Assert.That(onlyDatabase.Code, Is.EqualTo(ExitCodes.Usage));
            Assert.That(onlyDatabase.Error, Does.Contain("give --database and --table"));
            Assert.That(array.Code, Is.EqualTo(ExitCodes.Failure));
            Assert.That(array.Error, Does.Contain("an array of records needs --database and --table"));
        });
    }

    [Test]
    public void Export_csv_imported_into_its_own_table_adds_the_same_values()
    {
        _dir.Run("demo");
        _dir.Run("export", "--database", DemoCrm.DatabaseName, "--table", DemoCrm.DealsName, "--format", "csv", "--out", "deals.csv");

        var imported = _dir.Run("import", "deals.csv", "--database", DemoCrm.DatabaseName, "--table", DemoCrm.DealsName);

        using var engine = _dir.Open();
        var database = DemoCrm.Find(engine)!;
        var deals = engine.Tables.GetByName(database.Id, DemoCrm.DealsName);
        var amounts = engine.Records.Enumerate(database.Id, deals.Id).Select(r => r.Get<double>("Amount")).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(imported.Code, Is.EqualTo(ExitCodes.Success), imported.Output);
            Assert.That(amounts, Has.Length.EqualTo(2 * DemoCrm.DealCount));
            Assert.That(amounts.Skip(DemoCrm.DealCount), Is.EqualTo(amounts.Take(DemoCrm.DealCount)));
        });
    }

    [Test]
    public void Export_json_of_one_table_seeds_an_empty_engine()
    {
        _dir.Run("demo");

        var (code, output, _) = _dir.Run("export", "--database", DemoCrm.DatabaseName, "--table", DemoCrm.DealsName, "--format", "json");

        using var engine = TestBackend.Open();
        var database = engine.Fixtures.Seed(output).Single();
        var tables = engine.Tables.List(database.Id).Items;
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(tables.Select(t => t.Name), Is.EqualTo(new[] { DemoCrm.DealsName }));
            Assert.That(tables[0].Fields.Select(f => f.Type), Has.None.EqualTo(FieldTypeNames.LinkedRecord).And.None.EqualTo(FieldTypeNames.Lookup));
            Assert.That(engine.Records.Enumerate(database.Id, tables[0].Id).Count(), Is.EqualTo(DemoCrm.DealCount));
        });
    }

    [Test]
    public void Export_answers_a_usage_error_for_csv_without_a_table_and_fails_for_an_unknown_database()
    {
        _dir.Run("demo");

        var noTable = _dir.Run("export", "--database", DemoCrm.DatabaseName, "--format", "csv");
        var unknown = _dir.Run("export", "--database", "Nope", "--format", "json");
        var badFormat = _dir.Run("export", "--database", DemoCrm.DatabaseName, "--format", "xml");

        Assert.Multiple(() =>
        {
            Assert.That(noTable.Code, Is.EqualTo(ExitCodes.Usage));
            Assert.That(unknown.Code, Is.EqualTo(ExitCodes.Failure));
            Assert.That(badFormat.Code, Is.EqualTo(ExitCodes.Usage));
        });
    }
}
