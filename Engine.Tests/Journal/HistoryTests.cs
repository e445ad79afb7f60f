using Microsoft.Data.Sqlite;
using SoftrLite.Tests.Support;
using static SoftrLite.Tests.Support.TestEngine;

namespace SoftrLite.Tests.Journal;

/// <summary>Undo and redo through <see cref="SoftrEngine.History"/>: what they restore and what they refuse.</summary>
public sealed class HistoryTests
{
    /// <summary>An engine's options with the journal on (in memory it is off by default).</summary>
    internal static readonly SoftrEngineOptions JournalOn = new() { IdSeed = 7, Journal = new JournalOptions { Mode = JournalMode.On } };

    [Test]
    public void Undo_removes_a_created_record_and_redo_brings_it_back_when_the_journal_is_on()
    {
        using var f = new TestEngine(JournalOn);
        var people = f.Table("People", Field("Name", FieldTypeNames.SingleLineText));
        var start = DataDump.Of(f.Engine, f.Db);
        var ada = f.Create(people, ("Name", "Ada"));
        var end = DataDump.Of(f.Engine, f.Db);

        var undone = f.Engine.History.Undo(f.Db);

        Assert.Multiple(() =>
        {
            Assert.That(undone.Kind, Is.EqualTo(JournalEntryKind.Records));
            Assert.That(undone.Undone, Is.True);
            Assert.That(DataDump.Of(f.Engine, f.Db), Is.EqualTo(start));
            Assert.That(() => f.Get(people, ada), SoftrThrows.Code(ErrorCode.ResourceNotFound));
        });

        f.Engine.History.Redo(f.Db);

        Assert.Multiple(() =>
        {
            Assert.That(DataDump.Of(f.Engine, f.Db), Is.EqualTo(end));
            Assert.That(f.Get(people, ada)["Name"], Is.EqualTo("Ada"));
        });
    }

    [Test]
    public void Undo_restores_updated_values_and_recomputes_formulas_and_rollups()
    {
        using var f = new TestEngine(JournalOn);
        var (orders, customers, order) = ShopTables.Create(f);
        var before = DataDump.Of(f.Engine, f.Db);

        f.Update(orders, order, ("Qty", 10));
        Assert.That(f.Engine.Records.List(f.Db, customers.Id).Items.Single()["Spent"], Is.EqualTo(20m).Or.EqualTo(20d));

        f.Engine.History.Undo(f.Db);

        Assert.Multiple(() =>
        {
            Assert.That(f.Get(orders, order)["Qty"], Is.EqualTo(3m).Or.EqualTo(3d));
            Assert.That(f.Get(orders, order)["Total"], Is.EqualTo(6m).Or.EqualTo(6d));
            Assert.That(f.Engine.Records.List(f.Db, customers.Id).Items.Single()["Spent"], Is.EqualTo(6m).Or.EqualTo(6d));
            Assert.That(DataDump.Of(f.Engine, f.Db), Is.EqualTo(before));
        });
    }

    [Test]
    public void Undo_restores_a_deleted_record_with_its_id_timestamps_and_links()
    {
        using var f = new TestEngine(JournalOn);
        var (orders, customers, order) = ShopTables.Create(f);
        var before = DataDump.Of(f.Engine, f.Db);
        var original = f.Get(orders, order);

        f.Engine.Records.Delete(f.Db, orders.Id, order.Id);
        f.Engine.History.Undo(f.Db);

        var restored = f.Get(orders, order);
        Assert.Multiple(() =>
        {
            Assert.That(restored.CreatedAt, Is.EqualTo(original.CreatedAt));
            Assert.That(((IEnumerable<LinkedRecord>)restored["Customer"]!).Select(l => l.Id), Is.EqualTo(((IEnumerable<LinkedRecord>)original["Customer"]!).Select(l => l.Id)));
            Assert.That(f.Engine.Records.List(f.Db, customers.Id).Items.Single()["Spent"], Is.EqualTo(6m).Or.EqualTo(6d));
            Assert.That(DataDump.Of(f.Engine, f.Db), Is.EqualTo(before));
        });
    }

    [Test]
    public void Undo_reverts_writes_newest_first_and_redo_reapplies_them_oldest_first()
    {
        using var f = new TestEngine(JournalOn);
        var people = f.Table("People", Field("Name", FieldTypeNames.SingleLineText));
        var ada = f.Create(people, ("Name", "Ada"));
        f.Update(people, ada, ("Name", "Ada L."));
        f.Update(people, ada, ("Name", "Ada Lovelace"));

        f.Engine.History.Undo(f.Db);
        var once = f.Get(people, ada)["Name"];
        f.Engine.History.Undo(f.Db);
        var twice = f.Get(people, ada)["Name"];
        f.Engine.History.Redo(f.Db);

        Assert.Multiple(() =>
        {
            Assert.That(once, Is.EqualTo("Ada L."));
            Assert.That(twice, Is.EqualTo("Ada"));
            Assert.That(f.Get(people, ada)["Name"], Is.EqualTo("Ada L."));
            Assert.That(f.Engine.History.CanUndo(f.Db), Is.True);
            Assert.That(f.Engine.History.CanRedo(f.Db), Is.True);
        });
    }

    [Test]
    public void Undo_and_redo_restore_values_of_every_written_field_type()
    {
        using var f = new TestEngine(JournalOn);
        f.Engine.Workspaces.AddCollaborator(f.Engine.Workspaces.Default.Id, "Ada", "ada@example.com");
        var table = f.Table(
            "All",
            Field("Text", FieldTypeNames.SingleLineText),
            Field("Long", FieldTypeNames.LongText),
            Field("Email", FieldTypeNames.Email),
            Field("Phone", FieldTypeNames.Phone),
            Field("Url", FieldTypeNames.Url),
            Field("Number", FieldTypeNames.Number, """{"precision":2}"""),
            Field("Currency", FieldTypeNames.Currency),
            Field("Percent", FieldTypeNames.Percent),
            Field("Duration", FieldTypeNames.Duration),
            Field("Rating", FieldTypeNames.Rating, """{"max":10}"""),
            Field("Check", FieldTypeNames.Checkbox),
            Field("Date", FieldTypeNames.Date),
            Field("When", FieldTypeNames.DateTime),
            Field("One", FieldTypeNames.Select, """{"choices":[{"label":"Open"},{"label":"Closed"}]}"""),
            Field("Files", FieldTypeNames.Attachment) with { AllowMultipleEntries = true },
            Field("Owner", FieldTypeNames.User));
        var start = DataDump.Of(f.Engine, f.Db);
        var record = f.Create(
            table,
            ("Text", "a"), ("Long", "b\nc"), ("Email", "ada@example.com"), ("Phone", "+1 555 0100"), ("Url", "https://example.com"),
            ("Number", 3), ("Currency", 2.5), ("Percent", 0.5), ("Duration", 90), ("Rating", 4), ("Check", true), ("Date", "2026-01-02"),
            ("When", "2026-01-02T03:04:05+02:00"), ("One", "Open"), ("Files", "https://example.com/x.png"), ("Owner", "ada@example.com"));
        f.Update(table, record, ("Number", 4), ("Currency", 7), ("Check", false), ("Rating", 5), ("Duration", 3.5), ("One", "Closed"));
        var end = DataDump.Of(f.Engine, f.Db);

        f.Engine.History.Undo(f.Db);
        f.Engine.History.Undo(f.Db);
        var undone = DataDump.Of(f.Engine, f.Db);
        f.Engine.History.Redo(f.Db);
        f.Engine.History.Redo(f.Db);

        Assert.Multiple(() =>
        {
            Assert.That(undone, Is.EqualTo(start));
            Assert.That(DataDump.Of(f.Engine, f.Db), Is.EqualTo(end));
        });
    }

    [Test]
    public void Redo_throws_bad_request_when_a_new_write_came_after_the_undo()
    {
        using var f = new TestEngine(JournalOn);
        var people = f.Table("People", Field("Name", FieldTypeNames.SingleLineText));
        var ada = f.Create(people, ("Name", "Ada"));
        f.Update(people, ada, ("Name", "Ada L."));
        f.Engine.History.Undo(f.Db);

        f.Create(people, ("Name", "Bob"));

        Assert.Multiple(() =>
        {
            Assert.That(f.Engine.History.CanRedo(f.Db), Is.False);
            Assert.That(() => f.Engine.History.Redo(f.Db), SoftrThrows.Code(ErrorCode.BadRequest));
            Assert.That(f.Get(people, ada)["Name"], Is.EqualTo("Ada"));
        });
    }

    [Test]
    public void Undo_throws_bad_request_when_there_is_nothing_to_undo()
    {
        using var f = new TestEngine(JournalOn);
        var people = f.Table("People", Field("Name", FieldTypeNames.SingleLineText));
        f.Create(people, ("Name", "Ada"));
        f.Engine.History.Undo(f.Db);

        Assert.Multiple(() =>
        {
            Assert.That(f.Engine.History.CanUndo(f.Db), Is.False);
            Assert.That(() => f.Engine.History.Undo(f.Db), SoftrThrows.Code(ErrorCode.BadRequest));
        });
    }

    [Test]
    public void Undo_throws_bad_request_when_the_latest_entry_adds_a_field()
    {
        using var f = new TestEngine(JournalOn);
        var people = f.Table("People", Field("Name", FieldTypeNames.SingleLineText));
        var ada = f.Create(people, ("Name", "Ada"));
        f.Engine.Fields.Add(f.Db, people.Id, Field("Age", FieldTypeNames.Number));

        Assert.Multiple(() =>
        {
            Assert.That(f.Engine.History.Entries(f.Db)[0].Kind, Is.EqualTo(JournalEntryKind.Schema));
            Assert.That(f.Engine.History.CanUndo(f.Db), Is.False);
            Assert.That(() => f.Engine.History.Undo(f.Db), SoftrThrows.Code(ErrorCode.BadRequest));
            Assert.That(f.Get(people, ada)["Name"], Is.EqualTo("Ada"));
        });
    }

    [Test]
    public void Undo_throws_bad_request_when_the_latest_entry_deletes_a_field()
    {
        using var f = new TestEngine(JournalOn);
        var people = f.Table("People", Field("Name", FieldTypeNames.SingleLineText), Field("Age", FieldTypeNames.Number));
        f.Create(people, ("Name", "Ada"), ("Age", 36));
        f.Engine.Fields.Delete(f.Db, people.Id, people.Fields.Single(x => x.Name == "Age").Id);

        Assert.That(() => f.Engine.History.Undo(f.Db), SoftrThrows.Code(ErrorCode.BadRequest));
    }

    [Test]
    public void Undo_renames_a_field_back_and_redo_renames_it_again()
    {
        using var f = new TestEngine(JournalOn);
        var people = f.Table("People", Field("Name", FieldTypeNames.SingleLineText), Field("Age", FieldTypeNames.Number));
        var age = people.Fields.Single(x => x.Name == "Age").Id;
        f.Engine.Fields.Update(f.Db, people.Id, age, new FieldChanges { Name = "Years", Description = "In years" });

        var undone = f.Engine.History.Undo(f.Db);
        var back = f.Engine.Fields.Get(f.Db, people.Id, age);
        f.Engine.History.Redo(f.Db);

        Assert.Multiple(() =>
        {
            Assert.That(undone.Kind, Is.EqualTo(JournalEntryKind.Schema));
            Assert.That((back.Name, back.Description), Is.EqualTo(("Age", (string?)null)));
            Assert.That(f.Engine.Fields.Get(f.Db, people.Id, age).Name, Is.EqualTo("Years"));
        });
    }

    [Test]
    public void Undo_of_a_formula_change_recomputes_its_values()
    {
        using var f = new TestEngine(JournalOn);
        var (orders, _, order) = ShopTables.Create(f);
        var total = orders.Fields.Single(x => x.Name == "Total").Id;
        f.Engine.Fields.Update(f.Db, orders.Id, total, new FieldChanges { Options = TestEngine.Json("""{"formula":"{Qty} * 10"}""") });
        Assert.That(f.Get(orders, order)["Total"], Is.EqualTo(30m).Or.EqualTo(30d));

        f.Engine.History.Undo(f.Db);

        Assert.That(f.Get(orders, order)["Total"], Is.EqualTo(6m).Or.EqualTo(6d));
    }

    [Test]
    public void Undo_reverts_records_and_a_rename_in_turn()
    {
        using var f = new TestEngine(JournalOn);
        var people = f.Table("People", Field("Name", FieldTypeNames.SingleLineText));
        var before = DataDump.Of(f.Engine, f.Db);
        var ada = f.Create(people, ("Name", "Ada"));
        f.Engine.Tables.Update(f.Db, people.Id, name: "Persons");
        f.Update(people, ada, ("Name", "Ada L."));

        f.Engine.History.Undo(f.Db);
        f.Engine.History.Undo(f.Db);
        var name = f.Engine.Tables.Get(f.Db, people.Id).Name;
        f.Engine.History.Undo(f.Db);

        Assert.Multiple(() =>
        {
            Assert.That(name, Is.EqualTo("People"));
            Assert.That(DataDump.Of(f.Engine, f.Db), Is.EqualTo(before));
        });
    }

    [Test]
    public void Undo_throws_bad_request_when_the_journal_is_off_in_memory_by_default()
    {
        using var f = new TestEngine();
        var people = f.Table("People", Field("Name", FieldTypeNames.SingleLineText));
        f.Create(people, ("Name", "Ada"));

        Assert.Multiple(() =>
        {
            Assert.That(f.Engine.History.IsEnabled, Is.False);
            Assert.That(f.Engine.History.Entries(f.Db), Is.Empty);
            Assert.That(() => f.Engine.History.Undo(f.Db), SoftrThrows.Code(ErrorCode.BadRequest));
        });
    }

    [Test]
    public void Undo_throws_resource_not_found_when_the_database_is_unknown()
    {
        using var f = new TestEngine(JournalOn);

        Assert.That(() => f.Engine.History.Undo(new DatabaseId("00000000-0000-0000-0000-000000000000")), SoftrThrows.Code(ErrorCode.ResourceNotFound));
    }

    [Test]
    public void Undo_changes_nothing_when_a_batch_it_would_revert_failed()
    {
        using var f = new TestEngine(JournalOn);
        var people = f.Table("People", Field("Name", FieldTypeNames.SingleLineText), Field("Age", FieldTypeNames.Number));
        f.Create(people, ("Name", "Ada"));
        var entries = f.Engine.History.Entries(f.Db).Count;

        Assert.That(() => f.Engine.Records.CreateMany(f.Db, people.Id, [Values(("Name", "Bob")), Values(("Age", "old"))]), SoftrThrows.Code(ErrorCode.ValidationError));

        Assert.That(f.Engine.History.Entries(f.Db), Has.Count.EqualTo(entries));
    }

    [Test]
    public void Undo_publishes_the_restored_records_on_the_change_feed()
    {
        using var f = new TestEngine(JournalOn);
        var people = f.Table("People", Field("Name", FieldTypeNames.SingleLineText));
        var ada = f.Create(people, ("Name", "Ada"));
        using var received = new System.Collections.Concurrent.BlockingCollection<ChangeNotification>();
        using var subscription = f.Engine.Changes.Subscribe(new Observer(received.Add));

        f.Engine.History.Undo(f.Db);

        Assert.That(received.TryTake(out var note, TimeSpan.FromSeconds(10)), Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(note!.Kind, Is.EqualTo(ChangeKind.RecordsDeleted));
            Assert.That(note.Records, Is.EqualTo(new[] { ada.Id }));
        });
    }

    private sealed class Observer(Action<ChangeNotification> next) : IObserver<ChangeNotification>
    {
        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void OnNext(ChangeNotification value) => next(value);
    }
}
