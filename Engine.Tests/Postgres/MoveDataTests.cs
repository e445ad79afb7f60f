using SoftrLite.Cli;
using SoftrLite.Tests.Cli;

namespace SoftrLite.Tests.Postgres;

/// <summary>
/// Moving data from a SQLite data directory to PostgreSQL with the CLI: a whole database through its JSON fixture
/// (<c>export --format json</c>, then <c>import --postgres</c> or <c>serve --postgres --seed</c>), a table through CSV
/// (<c>import --postgres --database --table --create</c>); exporting again from PostgreSQL gives the same text.
/// </summary>
[TestFixture]
public sealed class MoveDataTests
{
    private CliDirectory _dir = null!;

    [SetUp]
    public void CreateDirectory() => _dir = new CliDirectory();

    [TearDown]
    public void DeleteDirectory() => _dir.Dispose();

    [Test]
    public void Export_json_from_postgres_equals_the_data_directorys_when_the_fixture_was_seeded_by_serve()
    {
        using var schemas = PostgresSchemas.Create();
        _dir.Run("demo");
        var first = _dir.Run("export", "--database", DemoCrm.DatabaseName, "--format", "json", "--out", "first.json");

        using (ServeProcess.Start("--postgres", schemas.Connection, "--schema-prefix", schemas.Prefix, "--seed", Path.Combine(_dir.Path, "first.json")))
        {
        }

        var second = _dir.Run("export", "--postgres", schemas.Connection, "--schema-prefix", schemas.Prefix, "--database", DemoCrm.DatabaseName, "--format", "json");

        Assert.Multiple(() =>
        {
            Assert.That(first.Code, Is.EqualTo(ExitCodes.Success), first.Error);
            Assert.That(second.Code, Is.EqualTo(ExitCodes.Success), second.Error);
            Assert.That(second.Output, Is.EqualTo(_dir.Read("first.json")));
            Assert.That(second.Output, Has.Length.GreaterThan(10_000));
        });
    }

    [Test]
    public void Export_json_from_postgres_equals_the_data_directorys_when_the_fixture_was_imported()
    {
        using var schemas = PostgresSchemas.Create();
        _dir.Run("demo");
        var first = _dir.Run("export", "--database", DemoCrm.DatabaseName, "--format", "json", "--out", "first.json");

        var imported = _dir.Run("import", "first.json", "--postgres", schemas.Connection, "--schema-prefix", schemas.Prefix);
        var second = _dir.Run("export", "--postgres", schemas.Connection, "--schema-prefix", schemas.Prefix, "--database", DemoCrm.DatabaseName, "--format", "json");

        Assert.Multiple(() =>
        {
            Assert.That(first.Code, Is.EqualTo(ExitCodes.Success), first.Error);
            Assert.That(imported.Code, Is.EqualTo(ExitCodes.Success), imported.Output + imported.Error);
            Assert.That(imported.Output, Does.Contain($"Imported \"{DemoCrm.DatabaseName}\""));
            Assert.That(second.Code, Is.EqualTo(ExitCodes.Success), second.Error);
            Assert.That(second.Output, Is.EqualTo(_dir.Read("first.json")));
        });
    }

    [Test]
    public void Import_of_a_fixture_fails_and_changes_nothing_when_postgres_has_a_database_of_its_name()
    {
        using var schemas = PostgresSchemas.Create();
        _dir.Run("demo");
        _dir.Run("export", "--database", DemoCrm.DatabaseName, "--format", "json", "--out", "first.json");
        var once = _dir.Run("import", "first.json", "--postgres", schemas.Connection, "--schema-prefix", schemas.Prefix);
        var before = _dir.Run("export", "--postgres", schemas.Connection, "--schema-prefix", schemas.Prefix, "--format", "json");

        var twice = _dir.Run("import", "first.json", "--postgres", schemas.Connection, "--schema-prefix", schemas.Prefix);
        var after = _dir.Run("export", "--postgres", schemas.Connection, "--schema-prefix", schemas.Prefix, "--format", "json");

        Assert.Multiple(() =>
        {
            Assert.That(once.Code, Is.EqualTo(ExitCodes.Success), once.Error);
            Assert.That(twice.Code, Is.EqualTo(ExitCodes.Failure));
            Assert.That(twice.Error, Does.Contain($"already has a database named '{DemoCrm.DatabaseName}'"));
            Assert.That(after.Output, Is.EqualTo(before.Output));
        });
    }

    [TestCase(DemoCrm.DealsName)]
    [TestCase(DemoCrm.ContactsName)]
    public void Export_csv_from_postgres_equals_the_data_directorys_when_imported_with_create(string table)
    {
        using var schemas = PostgresSchemas.Create();
        _dir.Run("demo");
        var first = _dir.Run("export", "--database", DemoCrm.DatabaseName, "--table", table, "--format", "csv", "--out", "first.csv");

        var imported = _dir.Run("import", "first.csv", "--postgres", schemas.Connection, "--schema-prefix", schemas.Prefix, "--database", "Copy", "--table", table, "--create");
        var second = _dir.Run("export", "--postgres", schemas.Connection, "--schema-prefix", schemas.Prefix, "--database", "Copy", "--table", table, "--format", "csv");
        var inspected = _dir.Run("inspect", "--postgres", schemas.Connection, "--schema-prefix", schemas.Prefix);

        Assert.Multiple(() =>
        {
            Assert.That(first.Code, Is.EqualTo(ExitCodes.Success), first.Error);
            Assert.That(imported.Code, Is.EqualTo(ExitCodes.Success), imported.Output + imported.Error);
            Assert.That(second.Code, Is.EqualTo(ExitCodes.Success), second.Error);
            Assert.That(second.Output, Is.EqualTo(_dir.Read("first.csv")));
            Assert.That(second.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.GreaterThan(25));
            Assert.That(inspected.Code, Is.EqualTo(ExitCodes.Success), inspected.Error);
            Assert.That(inspected.Output, Does.Contain("Copy").And.Contain(table));
        });
    }

    [Test]
    public void Export_fails_when_the_postgres_prefix_holds_no_such_database()
    {
        using var schemas = PostgresSchemas.Create();

        var (code, _, error) = _dir.Run("export", "--postgres", schemas.Connection, "--schema-prefix", schemas.Prefix, "--database", "Nowhere", "--format", "json");

        Assert.That(code, Is.EqualTo(ExitCodes.Failure));
        Assert.That(error, Does.Contain("no database named 'Nowhere'"));
    }
}
