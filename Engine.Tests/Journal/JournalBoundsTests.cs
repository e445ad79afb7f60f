using SoftrLite.Tests.Support;
using static SoftrLite.Tests.Journal.HistoryTests;
using static SoftrLite.Tests.Support.TestEngine;

namespace SoftrLite.Tests.Journal;

/// <summary>The journal's bounds: entries pruned by count and by bytes, and sizes that stay true when an undo rewrites an entry.</summary>
public sealed class JournalBoundsTests
{
    [Test]
    public void Journal_keeps_the_newest_entries_when_pruned_by_count()
    {
        using var f = new TestEngine(JournalOn with { Journal = new JournalOptions { Mode = JournalMode.On, MaxEntries = 3 } });
        var people = f.Table("People", Field("Name", FieldTypeNames.SingleLineText));
        var created = Enumerable.Range(0, 5).Select(i => f.Create(people, ("Name", "P" + i))).ToList();

        var entries = f.Engine.History.Entries(f.Db);
        for (var i = 0; i < 3; i++)
        {
            f.Engine.History.Undo(f.Db);
        }

        Assert.Multiple(() =>
        {
            Assert.That(entries, Has.Count.EqualTo(3));
            Assert.That(entries.Select(e => e.Sequence), Is.Ordered.Descending);
            Assert.That(() => f.Engine.History.Undo(f.Db), SoftrThrows.Code(ErrorCode.BadRequest));
            Assert.That(f.Engine.Records.List(f.Db, people.Id).Items.Select(r => r.Id), Is.EqualTo(created.Take(2).Select(r => r.Id)));
        });
    }

    [Test]
    public void Journal_keeps_entries_within_the_byte_bound_when_pruned_by_bytes()
    {
        const long maxBytes = 2_000;
        using var f = new TestEngine(JournalOn with { Journal = new JournalOptions { Mode = JournalMode.On, MaxBytes = maxBytes } });
        var people = f.Table("People", Field("Name", FieldTypeNames.SingleLineText));

        // Updates: an entry of a created record holds its keys alone, an update its values before and after.
        var ada = f.Create(people, ("Name", "Ada"));
        for (var i = 0; i < 40; i++)
        {
            f.Update(people, ada, ("Name", new string('x', 100) + i));
        }

        var (count, bytes) = f.Engine.Context.Store(f.Db).Read(SoftrLite.Storage.JournalStore.Totals);

        Assert.Multiple(() =>
        {
            Assert.That(bytes, Is.LessThanOrEqualTo(maxBytes));
            Assert.That(count, Is.GreaterThan(0).And.LessThan(40));
            Assert.That(f.Engine.History.CanUndo(f.Db), Is.True);
        });
    }

    [Test]
    public void Journal_drops_an_entry_larger_than_the_byte_bound_with_every_older_one()
    {
        using var f = new TestEngine(JournalOn with { Journal = new JournalOptions { Mode = JournalMode.On, MaxBytes = 500 } });
        var people = f.Table("People", Field("Name", FieldTypeNames.SingleLineText));
        var ada = f.Create(people, ("Name", "Ada"));

        // An update, whose entry holds the new value (an entry of a created record holds its keys alone).
        f.Update(people, ada, ("Name", new string('x', 1_000)));

        Assert.That(f.Engine.History.CanUndo(f.Db), Is.False);
    }

    [Test]
    public void Undo_of_created_records_keeps_the_journal_sizes_and_redo_creates_them_with_their_values()
    {
        using var f = new TestEngine(JournalOn);
        var people = f.Table("People", Field("Name", FieldTypeNames.SingleLineText));
        f.Create(people, ("Name", "Ada"));
        var batch = f.Engine.Records.CreateMany(f.Db, people.Id, Enumerable.Range(0, 20).Select(i => new Dictionary<string, object?> { ["Name"] = "Person " + i }));
        var end = DataDump.Of(f.Engine, f.Db);

        f.Engine.History.Undo(f.Db);
        f.Engine.History.Undo(f.Db);
        f.Engine.History.Redo(f.Db);
        f.Engine.History.Redo(f.Db);

        var store = f.Engine.Context.Store(f.Db);
        var (_, bytes) = store.Read(SoftrLite.Storage.JournalStore.Totals);
        var written = store.Read(s =>
        {
            using var reader = s.Statement("SELECT sum(length(bytes)), max(total) - min(total - size) FROM _journal").ExecuteReader();
            reader.Read();
            return (Convert.ToInt64(reader.GetValue(0)), Convert.ToInt64(reader.GetValue(1)));
        });
        Assert.Multiple(() =>
        {
            Assert.That(DataDump.Of(f.Engine, f.Db), Is.EqualTo(end));
            Assert.That(f.Get(people, batch[7])["Name"], Is.EqualTo("Person 7"));
            Assert.That(written, Is.EqualTo((bytes, bytes)));
        });
    }
}
