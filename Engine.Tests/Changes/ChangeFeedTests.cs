using System.Collections.Concurrent;
using SoftrLite.Tests.Support;
using static SoftrLite.Tests.Support.TestEngine;

namespace SoftrLite.Tests.Changes;

/// <summary>The change feed in process: what a notification carries, commit order, rolled-back writes, slow subscribers.</summary>
public sealed class ChangeFeedTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Test]
    public void Subscribe_receives_created_records_with_every_field_and_the_acting_user()
    {
        using var f = new TestEngine();
        var people = f.Table("People", Field("Name", FieldTypeNames.SingleLineText), Field("Age", FieldTypeNames.Number));
        using var feed = new Collected(f.Engine);

        var ada = f.Create(people, ("Name", "Ada"));

        var note = feed.Take(1).Single();
        Assert.Multiple(() =>
        {
            Assert.That(note.Kind, Is.EqualTo(ChangeKind.RecordsCreated));
            Assert.That((note.Database, note.Table), Is.EqualTo(((DatabaseId?)f.Db, (TableId?)people.Id)));
            Assert.That(note.Records, Is.EqualTo(new[] { ada.Id }));
            Assert.That(note.Fields, Is.EqualTo(people.Fields.Select(x => x.Id)));
            Assert.That(note.ActingUser, Is.EqualTo(f.Engine.Options.ActingUser));
            Assert.That(note.External, Is.False);
            Assert.That(note.Sequence, Is.GreaterThan(0));
        });
    }

    [Test]
    public void Subscribe_receives_recomputed_fields_and_linked_records_a_write_changed()
    {
        using var f = new TestEngine();
        var (orders, customers, order) = ShopTables.Create(f);
        using var feed = new Collected(f.Engine);

        f.Update(orders, order, ("Qty", 10));

        var note = feed.Take(2);
        var names = (Table table, IEnumerable<FieldId> ids) => ids.Select(id => table.Fields.Single(x => x.Id == id).Name).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(note.Select(n => (n.Kind, n.Table)), Is.EqualTo(new[] { (ChangeKind.RecordsUpdated, (TableId?)orders.Id), (ChangeKind.RecordsUpdated, (TableId?)customers.Id) }));
            Assert.That(names(orders, note[0].Fields), Is.EquivalentTo(new[] { "Qty", "Total" }));
            Assert.That(note[0].Records, Is.EqualTo(new[] { order.Id }));
            Assert.That(names(customers, note[1].Fields), Is.EquivalentTo(new[] { "Spent" }));
        });
    }

    [Test]
    public void Subscribe_receives_deleted_records_and_the_linking_records_whose_links_moved()
    {
        using var f = new TestEngine();
        var (orders, customers, order) = ShopTables.Create(f);
        using var feed = new Collected(f.Engine);

        f.Engine.Records.Delete(f.Db, orders.Id, order.Id);

        var notes = feed.Take(2);
        Assert.Multiple(() =>
        {
            Assert.That(notes.Select(n => (n.Kind, n.Table)), Is.EquivalentTo(new[] { (ChangeKind.RecordsDeleted, (TableId?)orders.Id), (ChangeKind.RecordsUpdated, (TableId?)customers.Id) }));
            Assert.That(notes.Single(n => n.Kind == ChangeKind.RecordsDeleted).Records, Is.EqualTo(new[] { order.Id }));
        });
    }

    [Test]
    public void Subscribe_receives_nothing_for_a_write_that_rolled_back()
    {
        using var f = new TestEngine();
        var people = f.Table("People", Field("Name", FieldTypeNames.SingleLineText), Field("Age", FieldTypeNames.Number));
        using var feed = new Collected(f.Engine);

        Assert.That(() => f.Engine.Records.CreateMany(f.Db, people.Id, [Values(("Name", "Ada")), Values(("Age", "old"))]), SoftrThrows.Code(ErrorCode.ValidationError));
        var bob = f.Create(people, ("Name", "Bob"));

        var note = feed.Take(1).Single();
        Assert.That(note.Records, Is.EqualTo(new[] { bob.Id }));
        Assert.That(feed.Quiet(TimeSpan.FromMilliseconds(200)), Is.True);
    }

    [Test]
    public void Subscribe_receives_schema_changes_and_a_reset()
    {
        using var f = new TestEngine();
        using var feed = new Collected(f.Engine);

        var people = f.Table("People", Field("Name", FieldTypeNames.SingleLineText));
        f.Engine.Fixtures.Reset();

        var notes = feed.Take(2);
        Assert.Multiple(() =>
        {
            Assert.That(notes[0].Kind, Is.EqualTo(ChangeKind.SchemaChanged));
            Assert.That(notes[0].Database, Is.EqualTo((DatabaseId?)f.Db));
            Assert.That(notes[1].Kind, Is.EqualTo(ChangeKind.Reset));
        });
    }

    [Test]
    public void Subscribe_sees_concurrent_writes_in_commit_order_with_no_gap()
    {
        using var f = new TestEngine();
        var items = f.Table("Items", Field("Name", FieldTypeNames.SingleLineText));
        f.Engine.Fields.Add(f.Db, items.Id, Field("No", FieldTypeNames.Autonumber));
        var number = f.Engine.Tables.Get(f.Db, items.Id).Fields.Single(x => x.Name == "No").Id;
        using var feed = new Collected(f.Engine);
        const int Writers = 4;
        const int Each = 50;

        Parallel.For(0, Writers, w =>
        {
            for (var i = 0; i < Each; i++)
            {
                f.Engine.Records.Create(f.Db, items.Id, Values(("Name", $"{w}-{i}")));
            }
        });

        var notes = feed.Take(Writers * Each);
        var numbers = notes.Select(n => f.Engine.Records.Get(f.Db, items.Id, n.Records.Single()).Get<long>(number.Value)).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(notes.Select(n => n.Sequence), Is.EqualTo(Enumerable.Range((int)notes[0].Sequence, Writers * Each).Select(i => (long)i)));
            Assert.That(numbers, Is.Ordered.Ascending);
            Assert.That(numbers.Distinct().Count(), Is.EqualTo(Writers * Each));
        });
    }

    [Test]
    public void Subscribe_does_not_block_writers_and_reports_what_a_slow_subscriber_missed()
    {
        using var f = new TestEngine();
        var items = f.Table("Items", Field("Name", FieldTypeNames.SingleLineText));
        using var gate = new ManualResetEventSlim(false);
        var received = new BlockingCollection<ChangeNotification>();
        using var subscription = f.Engine.Changes.Subscribe(new Observer(n =>
        {
            gate.Wait();
            received.Add(n);
        }), capacity: 3);

        for (var i = 0; i < 10; i++)
        {
            f.Engine.Records.Create(f.Db, items.Id, Values(("Name", $"n{i}")));
        }

        gate.Set();
        var got = new List<ChangeNotification>();
        while (got.LastOrDefault()?.Kind != ChangeKind.Missed && received.TryTake(out var next, Wait))
        {
            got.Add(next);
        }

        // Three queued, and perhaps one more already taken (blocked in OnNext) before the queue filled; the rest missed.
        var delivered = got.Count - 1;
        Assert.Multiple(() =>
        {
            Assert.That(delivered, Is.InRange(3, 4));
            Assert.That(got.Take(delivered).Select(n => n.Kind), Has.All.EqualTo(ChangeKind.RecordsCreated));
            Assert.That(got[^1].Kind, Is.EqualTo(ChangeKind.Missed));
            Assert.That(got[^1].Missed, Is.EqualTo(10 - delivered));
            Assert.That(got[^1].Sequence, Is.EqualTo(f.Engine.Changes.LastSequence));
        });
    }

    [Test]
    public async Task ReadAllAsync_streams_changes_until_cancelled()
    {
        using var f = new TestEngine();
        var items = f.Table("Items", Field("Name", FieldTypeNames.SingleLineText));
        using var cancel = new CancellationTokenSource(Wait);
        var reading = Task.Run(async () =>
        {
            await foreach (var change in f.Engine.Changes.ReadAllAsync(cancel.Token))
            {
                return change;
            }

            return null;
        });
        while (!f.Engine.Changes.HasSubscribers)
        {
            await Task.Delay(10);
        }

        var ada = f.Create(items, ("Name", "Ada"));

        var note = await reading;
        Assert.That(note?.Records, Is.EqualTo(new[] { ada.Id }));
    }

    [Test]
    public void Dispose_of_the_engine_completes_every_subscription()
    {
        var f = new TestEngine();
        using var completed = new ManualResetEventSlim(false);
        f.Engine.Changes.Subscribe(new Observer(_ => { }, completed.Set));

        f.Dispose();

        Assert.That(completed.Wait(Wait), Is.True);
        Assert.That(() => f.Engine.Changes.Subscribe(new Observer(_ => { })), Throws.TypeOf<ObjectDisposedException>());
    }

    /// <summary>Collects what the feed delivers.</summary>
    private sealed class Collected : IDisposable
    {
        private readonly BlockingCollection<ChangeNotification> _received = [];
        private readonly IDisposable _subscription;

        public Collected(SoftrEngine engine) => _subscription = engine.Changes.Subscribe(new Observer(_received.Add));

        public List<ChangeNotification> Take(int count)
        {
            var taken = new List<ChangeNotification>();
            while (taken.Count < count)
            {
                Assert.That(_received.TryTake(out var next, Wait), Is.True, $"Only {taken.Count} of {count} notifications arrived.");
                taken.Add(next!);
            }

            return taken;
        }

        public bool Quiet(TimeSpan time) => !_received.TryTake(out _, time);

        public void Dispose()
        {
            _subscription.Dispose();
            _received.Dispose();
        }
    }

    private sealed class Observer(Action<ChangeNotification> next, Action? completed = null) : IObserver<ChangeNotification>
    {
        public void OnCompleted() => completed?.Invoke();

        public void OnError(Exception error) => Assert.Fail(error.ToString());

        public void OnNext(ChangeNotification value) => next(value);
    }
}
