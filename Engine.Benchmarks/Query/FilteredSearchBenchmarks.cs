using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Data.Sqlite;

namespace SoftrLite.Benchmarks.Query;

/// <summary>
/// The first page (200) of <c>Amount IS_BETWEEN 100 AND 200 AND Category IS "b"</c> sorted by Amount descending,
/// on 100,000 and 1,000,000 records (about 1% match), without and with <c>Fields.AddIndex</c> on Amount. The
/// baselines run the SQL the engine builds (same WHERE, <c>ORDER BY Amount DESC, _rk</c>, <c>LIMIT 200</c>, the
/// same registered fold function) through a prepared command on one open connection to the same file, decoding
/// the same columns into objects. The engine's total is cached per data revision, so steady-state calls do not
/// count. GlobalSetup prints the plan of the baseline's statement before and after the index.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class FilteredSearchBenchmarks
{
    private const int PageSize = Paging.MaxLimit;
    private QueryDatabase? _db;
    private SqliteCommand? _page;
    private RecordQuery _query = RecordQuery.All;

    /// <summary>Records in the table.</summary>
    [Params(100_000, 1_000_000)]
    public int Records { get; set; }

    /// <summary>Builds the table without an index.</summary>
    [GlobalSetup(Targets = [nameof(RawNoIndex), nameof(EngineNoIndex)])]
    public void Setup() => Prepare(index: false);

    /// <summary>Builds the table, then indexes Amount through the engine.</summary>
    [GlobalSetup(Targets = [nameof(RawIndexed), nameof(EngineIndexed)])]
    public void SetupIndexed() => Prepare(index: true);

    /// <summary>Closes both sides and deletes the directory.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _page?.Dispose();
        _db?.Dispose();
    }

    /// <summary>Hand-written SQL: the filtered, sorted first page, no index.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("NoIndex")]
    public int RawNoIndex() => RawPage();

    /// <summary>The engine: <c>Records.Search</c>, no index.</summary>
    [Benchmark]
    [BenchmarkCategory("NoIndex")]
    public int EngineNoIndex() => EnginePage();

    /// <summary>Hand-written SQL: the filtered, sorted first page, Amount indexed.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Indexed")]
    public int RawIndexed() => RawPage();

    /// <summary>The engine: <c>Records.Search</c>, Amount indexed.</summary>
    [Benchmark]
    [BenchmarkCategory("Indexed")]
    public int EngineIndexed() => EnginePage();

    private int RawPage() => QueryRow.ReadAll(_page ?? throw new InvalidOperationException("No command.")).Count;

    private int EnginePage()
    {
        var db = _db ?? throw new InvalidOperationException("No database.");
        return db.Engine.Records.Search(db.Database, db.Table.Id, _query).Items.Count;
    }

    private void Prepare(bool index)
    {
        var db = _db = QueryDatabase.Build(Records);
        var sql = $"SELECT {db.SelectList} FROM {db.DataTable} AS t WHERE {db.Where} ORDER BY t.{db.AmountColumn} DESC, t._rk ASC LIMIT {PageSize}";
        db.PrintPlan("no index", sql);
        if (index)
        {
            db.IndexAmount();
            db.PrintPlan("Amount indexed", sql);
        }

        _page = db.Prepare(sql);
        _query = new RecordQuery
        {
            Filter = QueryTable.Filter(),
            Sort = [new SortKey(QueryTable.Amount, SortDirection.Descending)],
            Paging = new Paging(0, PageSize),
        };
        var engine = db.Engine.Records.Search(db.Database, db.Table.Id, _query);
        var raw = QueryRow.ReadAll(_page);
        QueryDatabase.CheckSame(engine.Items, raw, db.Table, "Filtered search");
        Console.WriteLine($"// {engine.Total:N0} of {Records:N0} records match; first page of {raw.Count}.");
    }
}
