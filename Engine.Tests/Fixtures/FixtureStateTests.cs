using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Fixtures;

[TestFixture]
public sealed class FixtureStateTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Test]
    public void Reset_drops_every_database_and_token()
    {
        using var engine = TestEngine.Open();
        FixtureSampleData.Build(engine);
        engine.Tokens.Create("ci", TokenAccess.Full, [engine.Workspaces.Default.Id]);

        var workspace = engine.Fixtures.Reset();

        Assert.That(engine.Databases.List().Total, Is.Zero);
        Assert.That(engine.Tokens.List(), Is.Empty);
        Assert.That(engine.Workspaces.List().Select(w => w.Id), Is.EqualTo(new[] { workspace.Id }));
    }

    [Test]
    public void Reset_makes_the_same_ids_as_a_fresh_engine_with_the_same_seed_and_clock()
    {
        using var fresh = TestBackend.Open(new SoftrEngineOptions { IdSeed = 7, TimeProvider = new ManualClock(Start) });
        var expected = fresh.Databases.Create(fresh.Workspaces.Default.Id, "A");
        using var engine = TestEngine.Open();
        FixtureSampleData.Build(engine);

        var workspace = engine.Fixtures.Reset(new FixtureReset { IdSeed = 7, TimeProvider = new ManualClock(Start) });
        var database = engine.Databases.Create(workspace.Id, "A");

        Assert.That(workspace.Id, Is.EqualTo(fresh.Workspaces.Default.Id));
        Assert.That(database.Id, Is.EqualTo(expected.Id));
        Assert.That(database.CreatedAt, Is.EqualTo(Start));
    }

    [Test]
    public void Reset_forgets_cached_totals_when_a_database_id_comes_back()
    {
        using var engine = TestBackend.Open(new SoftrEngineOptions { IdSeed = 3 });
        var first = engine.Databases.Create(engine.Workspaces.Default.Id, "A");
        var table = engine.ContactsTable(first.Id);
        engine.Records.Create(first.Id, table.Id, new Dictionary<string, object?> { ["Name"] = "x" });
        Assert.That(engine.Records.List(first.Id, table.Id).Total, Is.EqualTo(1));

        engine.Fixtures.Reset();
        var again = engine.Databases.Create(engine.Workspaces.Default.Id, "A");
        var tableAgain = engine.ContactsTable(again.Id);
        engine.Records.Create(again.Id, tableAgain.Id, new Dictionary<string, object?> { ["Name"] = "y" });
        engine.Records.Create(again.Id, tableAgain.Id, new Dictionary<string, object?> { ["Name"] = "z" });

        Assert.That(again.Id, Is.EqualTo(first.Id));
        Assert.That(engine.Records.List(again.Id, tableAgain.Id).Total, Is.EqualTo(2));
    }

    [Test]
    public void Restore_puts_back_records_tables_and_tokens()
    {
        using var engine = TestEngine.Open();
        var db = FixtureSampleData.Build(engine);
        var companies = engine.Tables.List(db.Id).Items.First(t => t.Name == "Companies");
        using var snapshot = engine.Fixtures.Snapshot();
        var before = engine.Fixtures.Export();

        engine.Records.Create(db.Id, companies.Id, new Dictionary<string, object?> { ["Name"] = "Umbrella" });
        engine.Tables.Create(db.Id, new NewTable("Later"));
        engine.Tokens.Create("later", TokenAccess.ViewOnly, [engine.Workspaces.Default.Id]);
        engine.Fixtures.Restore(snapshot);

        Assert.That(engine.Fixtures.Export(), Is.EqualTo(before));
        Assert.That(engine.Records.List(db.Id, companies.Id).Total, Is.EqualTo(2));
        Assert.That(engine.Tokens.List(), Is.Empty);
    }

    [Test]
    public void Restore_removes_databases_made_after_the_snapshot_and_brings_back_deleted_ones()
    {
        using var engine = TestEngine.Open();
        var kept = FixtureSampleData.Build(engine);
        using var snapshot = engine.Fixtures.Snapshot();
        var later = engine.Databases.Create(engine.Workspaces.Default.Id, "Later");
        engine.Databases.Delete(kept.Id, DeleteMode.Force);

        engine.Fixtures.Restore(snapshot);

        Assert.That(engine.Databases.List().Items.Select(d => d.Id), Is.EqualTo(new[] { kept.Id }));
        Assert.That(() => engine.Databases.Get(later.Id), SoftrThrows.Code(ErrorCode.ResourceNotFound));
        Assert.That(engine.Tables.List(kept.Id).Total, Is.EqualTo(2));
    }

    [Test]
    public void Restore_can_be_repeated_and_works_on_disk()
    {
        var directory = Path.Combine(Path.GetTempPath(), "softrlite-fixture-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var engine = SoftrEngine.Open(directory);
            var db = FixtureSampleData.Build(engine);
            var companies = engine.Tables.List(db.Id).Items.First(t => t.Name == "Companies");
            using var snapshot = engine.Fixtures.Snapshot();

            for (var round = 0; round < 2; round++)
            {
                engine.Records.Create(db.Id, companies.Id, new Dictionary<string, object?> { ["Name"] = "Umbrella" });
                engine.Fixtures.Restore(snapshot);
                Assert.That(engine.Records.List(db.Id, companies.Id).Total, Is.EqualTo(2));
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Test]
    public void Restore_throws_argument_exception_when_the_snapshot_is_of_another_engine()
    {
        using var engine = TestEngine.Open();
        using var other = TestEngine.Open();
        using var snapshot = other.Fixtures.Snapshot();

        Assert.That(() => engine.Fixtures.Restore(snapshot), Throws.ArgumentException);
    }

    [Test]
    public void Restore_throws_object_disposed_when_the_snapshot_was_disposed()
    {
        using var engine = TestEngine.Open();
        var snapshot = engine.Fixtures.Snapshot();
        snapshot.Dispose();

        Assert.That(() => engine.Fixtures.Restore(snapshot), Throws.TypeOf<ObjectDisposedException>());
    }
}
