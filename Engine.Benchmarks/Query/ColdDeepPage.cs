using System.Diagnostics;

namespace SoftrLite.Benchmarks.Query;

/// <summary>Times the engine's first deep page of a search (which reads and keeps the ordered row keys) and the next one.</summary>
internal static class ColdDeepPage
{
    /// <summary>Caches the total first (a page at offset 0), so the cold time is the ordering and the page alone.</summary>
    public static (TimeSpan Cold, TimeSpan Warm) Measure(QueryDatabase db, RecordQuery deep)
    {
        db.Engine.Records.Search(db.Database, db.Table.Id, deep with { Paging = new Paging(0, 1) });
        var clock = Stopwatch.StartNew();
        var first = db.Engine.Records.Search(db.Database, db.Table.Id, deep);
        var cold = clock.Elapsed;
        clock.Restart();
        var second = db.Engine.Records.Search(db.Database, db.Table.Id, deep);
        var warm = clock.Elapsed;
        if (first.Items.Count == 0 || !first.Items.Select(r => r.Id).SequenceEqual(second.Items.Select(r => r.Id)))
        {
            throw new InvalidOperationException("The deep page came back empty or changed between calls.");
        }

        return (cold, warm);
    }
}
