using SoftrLite.Cli;

namespace SoftrLite.Tests.Cli;

/// <summary><c>softrlite snapshot</c> and <c>restore</c>: a copy by SQLite's backup API, taken while an engine holds the files.</summary>
public sealed class SnapshotCommandTests
{
    private CliDirectory _dir = null!;

    [SetUp]
    public void CreateDirectory()
    {
        _dir = new CliDirectory();
        _dir.Run("demo");
    }

    [TearDown]
    public void DeleteDirectory() => _dir.Dispose();

    [TestCase("snap")]
    [TestCase("snap.zip")]
    public void Restore_puts_back_what_a_snapshot_taken_while_the_engine_was_open_holds(string destination)
    {
        (int Code, string Output, string Error) snapshot;
        using (var engine = _dir.Open())
        {
            // The engine stays open (and writes before and after) while the snapshot is taken.
            var database = DemoCrm.Find(engine)!;
            var deals = engine.Tables.GetByName(database.Id, DemoCrm.DealsName);
            engine.Records.Create(database.Id, deals.Id, new Dictionary<string, object?> { ["Title"] = "Before" });
            snapshot = _dir.Run("snapshot", "--out", destination);
            engine.Records.Create(database.Id, deals.Id, new Dictionary<string, object?> { ["Title"] = "After" });
            engine.Databases.Create(engine.Workspaces.Default.Id, "Made later");
        }

        var restore = _dir.Run("restore", destination);

        using var reopened = _dir.Open();
        var demo = DemoCrm.Find(reopened)!;
        var titles = reopened.Records.Enumerate(demo.Id, reopened.Tables.GetByName(demo.Id, DemoCrm.DealsName).Id).Select(r => r.Get<string>("Title")).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(snapshot.Code, Is.EqualTo(ExitCodes.Success), snapshot.Error);
            Assert.That(restore.Code, Is.EqualTo(ExitCodes.Success), restore.Error);
            Assert.That(titles, Does.Contain("Before").And.Not.Contain("After"));
            Assert.That(titles, Has.Count.EqualTo(DemoCrm.DealCount + 1));
            Assert.That(reopened.Databases.List().Items.Select(d => d.Name), Is.EqualTo(new[] { DemoCrm.DatabaseName }));
            Assert.That(_dir.Run("check").Code, Is.EqualTo(ExitCodes.Success));
        });
    }

    [Test]
    public void Snapshot_is_a_data_directory_the_other_commands_open()
    {
        _dir.Run("snapshot", "--out", "snap");

        var (code, output, _) = _dir.Run("inspect", "--data", "snap");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(output, Does.Contain($"{DemoCrm.DealCount} records"));
        });
    }

    [Test]
    public void Snapshot_does_not_write_over_an_existing_destination_and_restore_refuses_a_non_snapshot()
    {
        Directory.CreateDirectory(Path.Combine(_dir.Path, "full"));
        _dir.File(Path.Combine("full", "keep.txt"), "mine");
        Directory.CreateDirectory(Path.Combine(_dir.Path, "empty"));

        var over = _dir.Run("snapshot", "--out", "full");
        var notSnapshot = _dir.Run("restore", "empty");
        var missingOut = _dir.Run("snapshot");

        Assert.Multiple(() =>
        {
            Assert.That(over.Code, Is.EqualTo(ExitCodes.Failure));
            Assert.That(_dir.Read(Path.Combine("full", "keep.txt")), Is.EqualTo("mine"));
            Assert.That(notSnapshot.Code, Is.EqualTo(ExitCodes.Failure));
            Assert.That(missingOut.Code, Is.EqualTo(ExitCodes.Usage));
        });
    }
}
