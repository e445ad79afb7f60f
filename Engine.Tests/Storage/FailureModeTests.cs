using Microsoft.Data.Sqlite;
using SoftrLite.Rest;
using SoftrLite.Tests.Rest;
using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Storage;

/// <summary>Environment failures (damaged, emptied, missing, locked files; a full disk) give documented errors and harm nothing else.</summary>
public sealed class FailureModeTests
{
    private string _directory = "";

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("softrlite-fail-").FullName;

    [TearDown]
    public void DeleteDirectory()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Test]
    public void List_shows_every_database_when_one_file_is_not_a_database()
    {
        var (damaged, healthy) = TwoDatabases();
        File.WriteAllBytes(DatabaseFile(damaged), Enumerable.Repeat((byte)'x', 8192).ToArray());

        using var engine = SoftrEngine.Open(_directory);
        var client = new RestTestClient(engine);
        var response = client.Send("GET", $"/databases/{damaged}");

        Assert.Multiple(() =>
        {
            Assert.That(engine.Databases.List().Items.Select(d => d.Id), Is.EqualTo(new[] { damaged, healthy }));
            Assert.That(engine.Databases.Get(healthy).TablesCount, Is.EqualTo(1));
            Assert.That(() => engine.Databases.Get(damaged), SoftrThrows.Code(ErrorCode.ServiceUnavailable));
            Assert.That(response.Status, Is.EqualTo(503));
            Assert.That(RestTestClient.ErrorCode(response), Is.EqualTo("SERVICE_UNAVAILABLE"));
            Assert.That(client.Send("GET", "/databases").Status, Is.EqualTo(200));
        });
    }

    [Test]
    public void Get_reports_an_emptied_database_file_and_never_rebuilds_it()
    {
        var (damaged, healthy) = TwoDatabases();
        File.WriteAllBytes(DatabaseFile(damaged), []);

        using var engine = SoftrEngine.Open(_directory);

        Assert.Multiple(() =>
        {
            Assert.That(() => engine.Tables.List(damaged), SoftrThrows.Code(ErrorCode.ServiceUnavailable));
            Assert.That(() => engine.Databases.Get(damaged), SoftrThrows.Code(ErrorCode.ServiceUnavailable));
            Assert.That(new FileInfo(DatabaseFile(damaged)).Length, Is.Zero);
            Assert.That(engine.Tables.List(healthy).Items, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void Delete_with_force_removes_a_database_whose_file_is_damaged()
    {
        var (damaged, healthy) = TwoDatabases();
        File.WriteAllBytes(DatabaseFile(damaged), []);
        using var engine = SoftrEngine.Open(_directory);

        Assert.That(() => engine.Databases.Delete(damaged), SoftrThrows.Code(ErrorCode.ServiceUnavailable));
        engine.Databases.Delete(damaged, DeleteMode.Force);

        Assert.Multiple(() =>
        {
            Assert.That(engine.Databases.List().Items.Select(d => d.Id), Is.EqualTo(new[] { healthy }));
            Assert.That(File.Exists(DatabaseFile(damaged)), Is.False);
        });
    }

    [Test]
    public void Get_reports_a_missing_database_file_and_never_recreates_it()
    {
        var (damaged, healthy) = TwoDatabases();
        File.Delete(DatabaseFile(damaged));

        using var engine = SoftrEngine.Open(_directory);

        Assert.Multiple(() =>
        {
            Assert.That(() => engine.Databases.Get(damaged), SoftrThrows.Code(ErrorCode.ServiceUnavailable));
            Assert.That(File.Exists(DatabaseFile(damaged)), Is.False);
            Assert.That(engine.Databases.Get(healthy).TablesCount, Is.EqualTo(1));
        });
    }

    [Test]
    public void Open_reports_an_emptied_catalog_and_never_rebuilds_it()
    {
        TwoDatabases();
        var catalog = Path.Combine(_directory, "catalog.sqlite");
        File.WriteAllBytes(catalog, []);

        Assert.That(() => SoftrEngine.Open(_directory), SoftrThrows.Code(ErrorCode.ServiceUnavailable));
        Assert.That(new FileInfo(catalog).Length, Is.Zero);
    }

    [Test]
    public void Open_reports_a_catalog_that_is_not_a_database()
    {
        TwoDatabases();
        File.WriteAllBytes(Path.Combine(_directory, "catalog.sqlite"), Enumerable.Repeat((byte)'x', 8192).ToArray());

        Assert.That(() => SoftrEngine.Open(_directory), SoftrThrows.Code(ErrorCode.ServiceUnavailable));
    }

    [Test]
    public void Open_succeeds_after_a_failed_open_once_the_file_is_restored()
    {
        var (damaged, _) = TwoDatabases();
        var file = DatabaseFile(damaged);
        var good = File.ReadAllBytes(file);
        var bad = (byte[])good.Clone();
        Array.Fill(bad, (byte)'x', 0, 100);

        File.WriteAllBytes(file, bad);
        using (var engine = SoftrEngine.Open(_directory))
        {
            Assert.That(() => engine.Databases.Get(damaged), SoftrThrows.Code(ErrorCode.ServiceUnavailable));
            File.WriteAllBytes(file, good);
            Assert.That(engine.Databases.Get(damaged).TablesCount, Is.EqualTo(1), "the same engine, once repaired");
        }

        File.WriteAllBytes(file, bad);
        using (var engine = SoftrEngine.Open(_directory))
        {
            Assert.That(() => engine.Databases.Get(damaged), SoftrThrows.Code(ErrorCode.ServiceUnavailable));
        }

        File.WriteAllBytes(file, good);
        using var repaired = SoftrEngine.Open(_directory);
        Assert.That(repaired.Databases.Get(damaged).TablesCount, Is.EqualTo(1), "a new engine, once repaired");
    }

    [Test]
    public void Open_succeeds_for_every_engine_opening_one_fresh_directory_at_once()
    {
        const int engines = 8;
        using var start = new Barrier(engines);
        var workspaces = new string[engines];
        var failures = new System.Collections.Concurrent.ConcurrentBag<Exception>();

        var threads = Enumerable.Range(0, engines).Select(i => new Thread(() =>
        {
            try
            {
                start.SignalAndWait();
                using var engine = SoftrEngine.Open(_directory);
                workspaces[i] = engine.Workspaces.Default.Id.Value;
            }
            catch (Exception exception)
            {
                failures.Add(exception);
            }
        })).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        Assert.That(failures, Is.Empty);
        Assert.That(workspaces.Distinct().Count(), Is.EqualTo(1));
        Assert.That(Directory.GetFiles(_directory).Select(Path.GetFileName), Is.EquivalentTo(new[] { "catalog.sqlite", "catalog.sqlite-wal", "catalog.sqlite-shm" }).Or.EquivalentTo(new[] { "catalog.sqlite" }));
    }

    [Test]
    public void Create_leaves_no_file_when_the_disk_is_full()
    {
        var options = new SoftrEngineOptions
        {
            FailPoint = step =>
            {
                if (step == "database.file")
                {
                    throw new SqliteException("database or disk is full", 13);
                }
            },
        };
        using var engine = SoftrEngine.Open(_directory, options);

        Assert.That(() => engine.NewDatabase(), SoftrThrows.Code(ErrorCode.ServiceUnavailable));
        Assert.That(Directory.GetFiles(Path.Combine(_directory, "databases")), Is.Empty);
        Assert.That(engine.Databases.List().Total, Is.Zero);
    }

    [Test]
    public void Open_does_not_wait_for_another_connection_that_is_writing()
    {
        var (_, healthy) = TwoDatabases();
        using var writer = new SqliteConnection($"Data Source={Path.Combine(_directory, "catalog.sqlite")};Pooling=False");
        writer.Open();
        using var transaction = writer.BeginTransaction(deferred: false);
        using (var command = writer.CreateCommand())
        {
            command.CommandText = "UPDATE databases SET name = name";
            command.ExecuteNonQuery();
        }

        using var engine = SoftrEngine.Open(_directory, new SoftrEngineOptions { BusyTimeout = TimeSpan.FromMilliseconds(200) });

        Assert.That(engine.Databases.Get(healthy).TablesCount, Is.EqualTo(1));
        Assert.That(engine.Databases.List().Total, Is.EqualTo(2));
    }

    [Test]
    public void Open_throws_service_unavailable_when_the_directory_cannot_be_written()
    {
        var file = Path.Combine(_directory, "a-file");
        File.WriteAllText(file, "not a directory");

        Assert.That(() => SoftrEngine.Open(Path.Combine(file, "data")), SoftrThrows.Code(ErrorCode.ServiceUnavailable));
    }

    [Test]
    public void Create_skips_ids_whose_file_exists_when_a_seeded_directory_is_reopened()
    {
        var options = new SoftrEngineOptions { IdSeed = 3 };
        DatabaseId first;
        using (var engine = SoftrEngine.Open(_directory, options))
        {
            first = engine.NewDatabase("A").Id;
            engine.ContactsTable(first);
        }

        using var reopened = SoftrEngine.Open(_directory, options);
        var second = reopened.NewDatabase("B").Id;

        Assert.That(second, Is.Not.EqualTo(first));
        Assert.That(reopened.Databases.Get(first).TablesCount, Is.EqualTo(1));
    }

    private (DatabaseId Damaged, DatabaseId Healthy) TwoDatabases()
    {
        using var engine = SoftrEngine.Open(_directory);
        var damaged = engine.NewDatabase("Damaged");
        var healthy = engine.NewDatabase("Healthy");
        engine.ContactsTable(damaged.Id);
        engine.ContactsTable(healthy.Id);
        return (damaged.Id, healthy.Id);
    }

    private string DatabaseFile(DatabaseId id) => Path.Combine(_directory, "databases", id.Value + ".sqlite");
}
