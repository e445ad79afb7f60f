using SoftrLite.Tests.Support;
using Microsoft.Data.Sqlite;
using SoftrLite.Storage;
using SoftrLite.Tests.Rest;
using SoftrLite.Tests.Schema;

namespace SoftrLite.Tests.Storage;

/// <summary>Catalogs written by older formats open and are migrated, whole or not at all.</summary>
public sealed class CatalogMigrationTests
{
    private const string Secret = "pat_OldSecretWrittenInClear0123456789";

    // The catalog exactly as format version 1 wrote it (the SQL of CatalogStore before version 2).
    private const string Version1Schema =
        """
        CREATE TABLE workspaces(rk INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, created_at INTEGER NOT NULL) STRICT;
        CREATE TABLE databases(rk INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, workspace_id TEXT NOT NULL REFERENCES workspaces(id),
            name TEXT NOT NULL, description TEXT, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL) STRICT;
        CREATE INDEX databases_by_workspace ON databases(workspace_id, rk);
        CREATE TABLE collaborators(rk INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, workspace_id TEXT NOT NULL REFERENCES workspaces(id),
            name TEXT NOT NULL, email TEXT, created_at INTEGER NOT NULL) STRICT;
        CREATE INDEX collaborators_by_workspace ON collaborators(workspace_id, rk);
        CREATE TABLE tokens(rk INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, secret TEXT NOT NULL UNIQUE,
            access TEXT NOT NULL, workspaces TEXT NOT NULL, created_at INTEGER NOT NULL) STRICT;
        INSERT INTO workspaces(id, name, created_at) VALUES ('11111111-1111-4111-8111-111111111111', 'My workspace', 0);
        INSERT INTO tokens(id, name, secret, access, workspaces, created_at)
            VALUES ('TokenId0000001', 'ci', 'pat_OldSecretWrittenInClear0123456789', 'Full', '["11111111-1111-4111-8111-111111111111"]', 0);
        PRAGMA user_version = 1;
        """;

    private string _directory = "";

    [SetUp]
    public void CreateDirectory()
    {
        _directory = Directory.CreateTempSubdirectory("softrlite-migrate-").FullName;
        Directory.CreateDirectory(Path.Combine(_directory, "databases"));
        using var connection = new SqliteConnection($"Data Source={CatalogPath};Pooling=False");
        connection.Open();
        Run(connection, "PRAGMA journal_mode = WAL");
        Run(connection, Version1Schema);
    }

    [TearDown]
    public void DeleteDirectory()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private string CatalogPath => Path.Combine(_directory, "catalog.sqlite");

    [Test]
    public void Open_migrates_a_version_1_catalog_so_its_tokens_still_work_and_no_secret_stays_in_clear()
    {
        Assert.That(TokenSecretTests.FilesContain(_directory, Secret), Is.True, "the fixture holds the secret in clear");

        using (var engine = SoftrEngine.Open(_directory))
        {
            Assert.Multiple(() =>
            {
                Assert.That(engine.Tokens.List().Single().Name, Is.EqualTo("ci"));
                Assert.That(engine.Tokens.List().Single().Secret, Is.Null);
                Assert.That(new RestTestClient(engine) { ApiKey = Secret }.Send("GET", "/databases").Status, Is.EqualTo(200));
                Assert.That(new RestTestClient(engine) { ApiKey = "pat_wrong" }.Send("GET", "/databases").Status, Is.EqualTo(401));
            });
        }

        SqliteConnection.ClearAllPools();
        Assert.Multiple(() =>
        {
            Assert.That(UserVersion(), Is.EqualTo(FormatVersion.Catalog));
            Assert.That(TokenSecretTests.FilesContain(_directory, Secret), Is.False);
        });
    }

    [Test]
    public void Upgrade_changes_nothing_when_a_step_fails()
    {
        var failing = new StoreFormat
        {
            Kind = "catalog",
            Version = 3,
            Create = (_, _, _) => { },
            Migrations =
            [
                .. CatalogMigrations.All,
                new FormatMigration(2, "fails", (_, _) => throw new SqliteException("injected", 1)),
            ],
        };
        using var connection = new SqliteConnection($"Data Source={CatalogPath};Pooling=False");
        connection.Open();

        Assert.That(() => FormatMigrator.Upgrade(connection, failing, CatalogPath), Throws.TypeOf<SqliteException>());
        Assert.Multiple(() =>
        {
            Assert.That(UserVersion(), Is.EqualTo(1));
            Assert.That(Scalar(connection, "SELECT secret FROM tokens"), Is.EqualTo(Secret));
        });
    }

    [Test]
    public void Open_refuses_a_catalog_without_a_step_from_its_version()
    {
        using (var connection = new SqliteConnection($"Data Source={CatalogPath};Pooling=False"))
        {
            connection.Open();
            var format = new StoreFormat { Kind = "catalog", Version = 2, Create = (_, _, _) => { } };
            Assert.That(() => FormatMigrator.Upgrade(connection, format, CatalogPath), SoftrThrows.Code(ErrorCode.ServiceUnavailable));
        }

        Assert.That(UserVersion(), Is.EqualTo(1));
    }

    private long UserVersion()
    {
        using var connection = new SqliteConnection($"Data Source={CatalogPath};Pooling=False");
        connection.Open();
        return (long)Scalar(connection, "PRAGMA user_version")!;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Run(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
