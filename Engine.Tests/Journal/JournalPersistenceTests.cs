using Microsoft.Data.Sqlite;
using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Journal;

/// <summary>The journal on disk: on by default, surviving a restart, refusing an undo over a write it does not hold, upgrading old files.</summary>
public sealed class JournalPersistenceTests
{
    private string _directory = "";

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("softrlite-journal-").FullName;

    [TearDown]
    public void DeleteDirectory()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Test]
    public void Undo_reverts_a_write_made_before_a_restart()
    {
        DatabaseId database;
        TableId table;
        RecordId ada;
        using (var engine = SoftrEngine.Open(_directory, new SoftrEngineOptions { IdSeed = 3 }))
        {
            database = engine.NewDatabase().Id;
            table = engine.ContactsTable(database).Id;
            ada = engine.Records.Create(database, table, new Dictionary<string, object?> { ["Name"] = "Ada" }).Id;
            engine.Records.Update(database, table, ada, new Dictionary<string, object?> { ["Name"] = "Ada L." });
        }

        using var reopened = SoftrEngine.Open(_directory, new SoftrEngineOptions { IdSeed = 3 });
        reopened.History.Undo(database);

        Assert.Multiple(() =>
        {
            Assert.That(reopened.History.IsEnabled, Is.True);
            Assert.That(reopened.Records.Get(database, table, ada)["Name"], Is.EqualTo("Ada"));
            Assert.That(reopened.History.CanRedo(database), Is.True);
        });
    }

    // The entry to undo either created the record (the journal holds it by its keys and notices the edit by the row's
    // edit time, a millisecond later here) or updated it (the journal holds its values).
    [TestCase(false, TestName = "Undo_throws_constraint_violation_and_changes_nothing_when_the_record_changed_since")]
    [TestCase(true, TestName = "Undo_throws_constraint_violation_and_changes_nothing_when_a_record_it_created_changed_since")]
    public void Undo_throws_constraint_violation_and_changes_nothing_when_a_record_changed_since(bool created)
    {
        DatabaseId database;
        TableId table;
        RecordId ada;
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
        using (var engine = SoftrEngine.Open(_directory, new SoftrEngineOptions { TimeProvider = clock }))
        {
            database = engine.NewDatabase().Id;
            table = engine.ContactsTable(database).Id;
            ada = engine.Records.Create(database, table, new Dictionary<string, object?> { ["Name"] = "Ada" }).Id;
            if (!created)
            {
                engine.Records.Update(database, table, ada, new Dictionary<string, object?> { ["Name"] = "Ada L." });
            }
        }

        clock.Advance(TimeSpan.FromMilliseconds(1));
        using (var unjournaled = SoftrEngine.Open(_directory, new SoftrEngineOptions { TimeProvider = clock, Journal = new JournalOptions { Mode = JournalMode.Off } }))
        {
            unjournaled.Records.Update(database, table, ada, new Dictionary<string, object?> { ["Name"] = "Countess" });
        }

        using var reopened = SoftrEngine.Open(_directory);
        var before = DataDump.Of(reopened, database);

        Assert.Multiple(() =>
        {
            Assert.That(() => reopened.History.Undo(database), SoftrThrows.Code(ErrorCode.ConstraintViolation));
            Assert.That(DataDump.Of(reopened, database), Is.EqualTo(before));
            Assert.That(reopened.History.Entries(database).All(e => !e.Undone), Is.True);
        });
    }

    [Test]
    public void Undo_throws_constraint_violation_when_a_link_it_added_was_removed_since()
    {
        DatabaseId database;
        TableId customers;
        RecordId ada;
        FieldId inverse;
        using (var engine = SoftrEngine.Open(_directory))
        {
            database = engine.NewDatabase().Id;
            customers = engine.Tables.Create(database, new NewTable("Customers") { Fields = [new NewField("Name", FieldTypeNames.SingleLineText)] }).Id;
            var orders = engine.Tables.Create(database, new NewTable("Orders")
            {
                Fields =
                [
                    new NewField("Item", FieldTypeNames.SingleLineText),
                    new NewField("Customer", FieldTypeNames.LinkedRecord) { Options = TestEngine.Json($$"""{"linkedTableId":"{{customers}}"}""") },
                ],
            }).Id;
            ada = engine.Records.Create(database, customers, new Dictionary<string, object?> { ["Name"] = "Ada" }).Id;
            engine.Records.Create(database, orders, new Dictionary<string, object?> { ["Item"] = "Pen", ["Customer"] = new[] { ada.Value } });
            inverse = engine.Tables.Get(database, customers).Fields.Single(f => f.Type == FieldTypeNames.LinkedRecord).Id;
        }

        using (var unjournaled = SoftrEngine.Open(_directory, new SoftrEngineOptions { Journal = new JournalOptions { Mode = JournalMode.Off } }))
        {
            unjournaled.Records.Update(database, customers, ada, new Dictionary<string, object?> { [inverse.Value] = null });
        }

        using var reopened = SoftrEngine.Open(_directory);
        var before = DataDump.Of(reopened, database);

        Assert.Multiple(() =>
        {
            Assert.That(() => reopened.History.Undo(database), SoftrThrows.Code(ErrorCode.ConstraintViolation));
            Assert.That(DataDump.Of(reopened, database), Is.EqualTo(before));
        });
    }

    [Test]
    public void Open_adds_the_journal_to_a_database_file_of_format_version_1()
    {
        DatabaseId database;
        TableId table;
        using (var engine = SoftrEngine.Open(_directory))
        {
            database = engine.NewDatabase().Id;
            table = engine.ContactsTable(database).Id;
        }

        var file = Path.Combine(_directory, "databases", database + ".sqlite");
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP TABLE _journal; PRAGMA user_version = 1; PRAGMA wal_checkpoint(TRUNCATE);";
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        using var reopened = SoftrEngine.Open(_directory);
        var ada = reopened.Records.Create(database, table, new Dictionary<string, object?> { ["Name"] = "Ada" });
        reopened.History.Undo(database);

        Assert.That(() => reopened.Records.Get(database, table, ada.Id), SoftrThrows.Code(ErrorCode.ResourceNotFound));
    }
}
