using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Data.Sqlite;

namespace SoftrLite.Benchmarks.Query;

/// <summary>
/// One page of 200 at offset 0 and at offset 900,000 of 1,000,000 on-disk records, in creation order or sorted by
/// Amount descending (no index). The engine reads pages past 1,000 from the search's ordered row keys, read once
/// per data revision: the benchmark measures the steady state (the warm-up reads the ordering) and GlobalSetup
/// prints the one-time cold cost. The baselines run the same statement with <c>LIMIT 200 OFFSET n</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DeepPageBenchmarks
{
    private const int Records = 1_000_000;
    private const int DeepOffset = 900_000;
    private const int PageSize = Paging.MaxLimit;
    private QueryDatabase? _db;
    private SqliteCommand? _page;
    private RecordQuery _first = RecordQuery.All;
    private RecordQuery _deep = RecordQuery.All;

    /// <summary>Creation order, or Amount descending (ties in creation order).</summary>
    [Params("Created", "AmountDesc")]
    public string Order { get; set; } = "Created";

    /// <summary>Builds the table, prints the cold cost of the engine's first deep page and checks both sides agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var db = _db = QueryDatabase.Build(Records);
        var sorted = Order == "AmountDesc";
        var orderBy = sorted ? $"t.{db.AmountColumn} DESC, t._rk ASC" : "t._rk ASC";
        _page = db.Prepare($"SELECT {db.SelectList} FROM {db.DataTable} AS t WHERE 1 ORDER BY {orderBy} LIMIT {PageSize} OFFSET $offset", ("$offset", 0L));
        db.PrintPlan(Order, _page.CommandText);
        IReadOnlyList<SortKey> sort = sorted ? [new SortKey(QueryTable.Amount, SortDirection.Descending)] : [];
        _first = new RecordQuery { Sort = sort, Paging = new Paging(0, PageSize) };
        _deep = _first with { Paging = new Paging(DeepOffset, PageSize) };
        var (cold, warm) = ColdDeepPage.Measure(db, _deep);
        Console.WriteLine($"// Engine, page at offset {DeepOffset:N0} ({Order}): {cold.TotalMilliseconds:F1} ms cold (reads the ordering of {Records:N0} keys), {warm.TotalMilliseconds:F2} ms warm.");
        foreach (var (query, offset) in new[] { (_first, 0L), (_deep, DeepOffset) })
        {
            _page.Parameters[0].Value = offset;
            QueryDatabase.CheckSame(db.Engine.Records.Search(db.Database, db.Table.Id, query).Items, QueryRow.ReadAll(_page), db.Table, $"Page at {offset}");
        }
    }

    /// <summary>Closes both sides and deletes the directory.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _page?.Dispose();
        _db?.Dispose();
    }

    /// <summary>Hand-written SQL: the page at offset 0.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Offset0")]
    public int RawFirstPage() => RawPage(0);

    /// <summary>The engine: <c>Records.Search</c> at offset 0.</summary>
    [Benchmark]
    [BenchmarkCategory("Offset0")]
    public int EngineFirstPage() => EnginePage(_first);

    /// <summary>Hand-written SQL: <c>LIMIT 200 OFFSET 900000</c>.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Offset900k")]
    public int RawDeepPage() => RawPage(DeepOffset);

    /// <summary>The engine: <c>Records.Search</c> at offset 900,000, ordering cached.</summary>
    [Benchmark]
    [BenchmarkCategory("Offset900k")]
    public int EngineDeepPage() => EnginePage(_deep);

    private int RawPage(long offset)
    {
        var command = _page ?? throw new InvalidOperationException("No command.");
        command.Parameters[0].Value = offset;
        return QueryRow.ReadAll(command).Count;
    }

    private int EnginePage(RecordQuery query)
    {
        var db = _db ?? throw new InvalidOperationException("No database.");
        return db.Engine.Records.Search(db.Database, db.Table.Id, query).Items.Count;
    }
}
