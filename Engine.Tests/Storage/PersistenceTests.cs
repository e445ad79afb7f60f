using Microsoft.Data.Sqlite;
using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Storage;

public sealed class PersistenceTests
{
    private string _directory = "";

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("softrlite-test-").FullName;

    [TearDown]
    public void DeleteDirectory()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Test]
    public void Reopen_keeps_workspaces_databases_tables_fields_views_and_tokens()
    {
        Table table;
        Database database;
        AccessToken token;
        using (var engine = SoftrEngine.Open(_directory))
        {
            database = engine.NewDatabase();
            table = engine.ContactsTable(database.Id);
            engine.Fields.Update(database.Id, table.Id, table.Fields[2].Id, new FieldChanges { Name = "Years" });
            token = engine.Tokens.Create("ci", TokenAccess.Full, [engine.Workspaces.Default.Id]);
        }

        using var reopened = SoftrEngine.Open(_directory);
        var again = reopened.Tables.Get(database.Id, table.Id);

        Assert.Multiple(() =>
        {
            Assert.That(reopened.Workspaces.List(), Has.Count.EqualTo(1));
            Assert.That(reopened.Databases.Get(database.Id).TablesCount, Is.EqualTo(1));
            Assert.That(again.Fields.Select(f => f.Name), Is.EqualTo(new[] { "Name", "Email", "Years" }));
            Assert.That(again.PrimaryFieldId, Is.EqualTo(table.PrimaryFieldId));
            Assert.That(again.CreatedAt, Is.EqualTo(table.CreatedAt));
            Assert.That(reopened.Views.List(database.Id, table.Id).Items.Single().Id, Is.EqualTo(table.DefaultViewId));
            Assert.That(reopened.Tokens.List().Single().Id, Is.EqualTo(token.Id));
            Assert.That(reopened.Tokens.FindBySecret(token.Secret!)?.Id, Is.EqualTo(token.Id));
        });
    }

    [Test]
    public void Open_keeps_one_file_per_database_and_delete_removes_it()
    {
        using var engine = SoftrEngine.Open(_directory);
        var database = engine.NewDatabase();
        var file = Path.Combine(_directory, "databases", database.Id + ".sqlite");
        Assert.That(File.Exists(file), Is.True);

        engine.Databases.Delete(database.Id);

        Assert.That(File.Exists(file), Is.False);
        Assert.That(File.Exists(Path.Combine(_directory, "catalog.sqlite")), Is.True);
    }

    [Test]
    public void Open_throws_service_unavailable_and_leaves_file_untouched_when_catalog_is_newer()
    {
        using (SoftrEngine.Open(_directory))
        {
        }

        var catalog = Path.Combine(_directory, "catalog.sqlite");
        SetUserVersion(catalog, 99);
        var before = File.ReadAllBytes(catalog);

        Assert.That(() => SoftrEngine.Open(_directory), SoftrThrows.Code(ErrorCode.ServiceUnavailable));
        SqliteConnection.ClearAllPools();
        Assert.That(File.ReadAllBytes(catalog), Is.EqualTo(before));
    }

    [Test]
    public void Get_throws_service_unavailable_when_database_file_is_newer()
    {
        DatabaseId id;
        using (var engine = SoftrEngine.Open(_directory))
        {
            id = engine.NewDatabase().Id;
        }

        SetUserVersion(Path.Combine(_directory, "databases", id + ".sqlite"), 99);

        using var reopened = SoftrEngine.Open(_directory);
        Assert.That(() => reopened.Databases.Get(id), SoftrThrows.Code(ErrorCode.ServiceUnavailable));
    }

    [Test]
    public void Dispose_makes_further_calls_throw_object_disposed()
    {
        var engine = SoftrEngine.Open(_directory);
        var database = engine.NewDatabase();
        engine.Dispose();

        Assert.That(() => engine.Databases.Get(database.Id), Throws.TypeOf<ObjectDisposedException>());
        engine.Dispose();
    }

    private static void SetUserVersion(string file, int version)
    {
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA wal_checkpoint(TRUNCATE); PRAGMA user_version = {version}; PRAGMA wal_checkpoint(TRUNCATE);";
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
    }
}
