using SoftrLite.Tests.Support;
using static SoftrLite.Tests.Journal.HistoryTests;
using static SoftrLite.Tests.Support.TestEngine;

namespace SoftrLite.Tests.Journal;

/// <summary><see cref="HistoryOperations.RecordHistory"/>: every journaled version of a record, newest first, with the values each write left.</summary>
public sealed class RecordHistoryTests
{
    [Test]
    public void RecordHistory_finds_every_record_of_a_batch_of_a_thousand()
    {
        // The journal finds a record's entries by its ID in their bytes, so an entry must hold every ID as written: compressed
        // with LZ4 (tried, and reverted), some IDs became back-references and their history came back empty.
        using var f = new TestEngine(JournalOn);
        var people = f.Table("People", Field("Name", FieldTypeNames.SingleLineText), Field("Age", FieldTypeNames.Number));
        var created = f.Engine.Records.CreateMany(f.Db, people.Id, Enumerable.Range(0, 1_000).Select(i => new Dictionary<string, object?> { ["Name"] = "Person " + i, ["Age"] = i % 90 }));

        var missing = created.Where(r => f.Engine.History.RecordHistory(f.Db, people.Id, r.Id).Count != 1).Select(r => r.Id).ToList();

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void RecordHistory_lists_the_versions_of_a_record_newest_first()
    {
        var user = new Collaborator("usr1", "Grace", null);
        using var f = new TestEngine(JournalOn with { ActingUser = user });
        var people = f.Table("People", Field("Name", FieldTypeNames.SingleLineText), Field("Age", FieldTypeNames.Number));
        var ada = f.Create(people, ("Name", "Ada"));
        f.Create(people, ("Name", "Bob"));
        f.Update(people, ada, ("Age", 36));
        f.Engine.Records.Delete(f.Db, people.Id, ada.Id);

        var history = f.Engine.History.RecordHistory(f.Db, people.Id, ada.Id);

        var name = people.Fields.Single(x => x.Name == "Name").Id;
        Assert.Multiple(() =>
        {
            Assert.That(history.Select(v => v.Kind), Is.EqualTo(new[] { RecordVersionKind.Deleted, RecordVersionKind.Updated, RecordVersionKind.Created }));
            Assert.That(history.Select(v => v.Sequence), Is.Ordered.Descending);
            Assert.That(history[1].Fields, Has.Count.EqualTo(2));
            Assert.That(history[2].Fields[name], Is.EqualTo("Ada"));
            Assert.That(history[0].Fields, Is.Empty);
            Assert.That(history[2].ActingUser, Is.EqualTo(user));
        });
    }

    [Test]
    public void RecordHistory_leaves_out_undone_writes()
    {
        using var f = new TestEngine(JournalOn);
        var people = f.Table("People", Field("Name", FieldTypeNames.SingleLineText));
        var ada = f.Create(people, ("Name", "Ada"));
        f.Update(people, ada, ("Name", "Ada L."));
        f.Engine.History.Undo(f.Db);

        var history = f.Engine.History.RecordHistory(f.Db, people.Id, ada.Id);

        Assert.That(history.Select(v => v.Kind), Is.EqualTo(new[] { RecordVersionKind.Created }));
        Assert.That(history[0].Fields.Values, Is.EqualTo(new[] { "Ada" }));
    }

    [Test]
    public void RecordHistory_shows_the_values_a_record_was_created_with_after_later_updates()
    {
        using var f = new TestEngine(JournalOn);
        var people = f.Table("People", Field("Name", FieldTypeNames.SingleLineText), Field("Age", FieldTypeNames.Number));
        var ada = f.Create(people, ("Name", "Ada"), ("Age", 36));
        f.Update(people, ada, ("Name", "Ada L."));
        f.Update(people, ada, ("Age", 37));

        var history = f.Engine.History.RecordHistory(f.Db, people.Id, ada.Id);

        var name = people.Fields.Single(x => x.Name == "Name").Id;
        var age = people.Fields.Single(x => x.Name == "Age").Id;
        Assert.Multiple(() =>
        {
            Assert.That(history.Select(v => (v.Fields[name], v.Fields[age])), Is.EqualTo(new[] { ((object)"Ada L.", (object)37m), ("Ada L.", 36m), ("Ada", 36m) }));
            Assert.That(history[2].Kind, Is.EqualTo(RecordVersionKind.Created));
        });
    }
}
