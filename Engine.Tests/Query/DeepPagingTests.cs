using SoftrLite.Tests.Support;
using static SoftrLite.Tests.Support.TestEngine;

namespace SoftrLite.Tests.Query;

/// <summary>Deep pages come from a cached ordering of row keys; they must equal what plain OFFSET paging gives.</summary>
public sealed class DeepPagingTests
{
    [Test]
    public void Paging_through_a_large_table_returns_every_record_once_in_order()
    {
        using var f = new TestEngine();
        var table = f.Table("T", Field("N", FieldTypeNames.Number), Field("Even", FieldTypeNames.Checkbox));
        f.Engine.Records.CreateMany(f.Db, table.Id, Enumerable.Range(0, 3100).Select(i => Values(("N", i % 97), ("Even", i % 2 == 0))));

        var unsorted = Read(f, table, new RecordQuery());
        var sorted = Read(f, table, new RecordQuery
        {
            Filter = FilterCondition.Compare("Even", FilterOperator.Is, true),
            Sort = [new SortKey("N", SortDirection.Descending)],
        });

        Assert.Multiple(() =>
        {
            Assert.That(unsorted.Select(r => r.Id).Distinct().Count(), Is.EqualTo(3100));
            Assert.That(unsorted.Select(r => r.Get<double>(table.Fields[0].Id)), Is.EqualTo(Enumerable.Range(0, 3100).Select(i => (double)(i % 97))));
            Assert.That(sorted, Has.Count.EqualTo(1550));
            Assert.That(sorted.Select(r => r.Get<double>(table.Fields[0].Id)), Is.Ordered.Descending);
            Assert.That(sorted.Select(r => r.Get<bool>(table.Fields[1].Id)), Has.All.True);
        });
    }

    [Test]
    public void A_write_invalidates_the_cached_ordering_and_total()
    {
        using var f = new TestEngine();
        var table = f.Table("T", Field("N", FieldTypeNames.Number));
        var records = f.Engine.Records.CreateMany(f.Db, table.Id, Enumerable.Range(0, 1500).Select(i => Values(("N", i))));
        var query = new RecordQuery { Sort = [new SortKey("N", SortDirection.Descending)], Paging = new Paging(1400, 200) };

        var before = f.Engine.Records.Search(f.Db, table.Id, query);
        f.Engine.Records.Delete(f.Db, table.Id, records[0].Id);
        f.Create(table, ("N", -1));
        var after = f.Engine.Records.Search(f.Db, table.Id, query);

        Assert.That(before.Total, Is.EqualTo(1500));
        Assert.That(before.Items[^1].Get<double>(table.Fields[0].Id), Is.Zero);
        Assert.That(after.Total, Is.EqualTo(1500));
        Assert.That(after.Items[^1].Get<double>(table.Fields[0].Id), Is.EqualTo(-1));
    }

    private static List<Record> Read(TestEngine f, Table table, RecordQuery query)
    {
        var all = new List<Record>();
        for (var offset = 0; ; offset += 200)
        {
            var page = f.Engine.Records.Search(f.Db, table.Id, query with { Paging = new Paging(offset, 200) });
            all.AddRange(page.Items);
            if (offset + 200 >= page.Total)
            {
                return all;
            }
        }
    }
}
