using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;

namespace SoftrLite.Benchmarks.Query;

/// <summary>
/// The total of <c>Amount IS_BETWEEN 100 AND 200 AND Category IS "b"</c> on 1,000,000 on-disk records, asked
/// again and again with no write in between: the engine's <c>Records.Search</c> with <c>limit = 0</c> (the total
/// only, cached per table, filter and data revision) against the baseline's <c>SELECT count(*) … WHERE …</c>,
/// which counts every time. GlobalSetup prints the engine's first (uncached) count.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class TotalCountBenchmarks
{
    private const int Records = 1_000_000;
    private QueryDatabase? _db;
    private SqliteCommand? _count;
    private RecordQuery _query = RecordQuery.All;

    /// <summary>Builds the table, prints the engine's cold count and checks both sides agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var db = _db = QueryDatabase.Build(Records);
        _count = db.Prepare($"SELECT count(*) FROM {db.DataTable} AS t WHERE {db.Where}");
        db.PrintPlan("count", _count.CommandText);
        _query = new RecordQuery { Filter = QueryTable.Filter(), Paging = new Paging(0, 0) };
        var clock = Stopwatch.StartNew();
        var cold = EngineTotal();
        var elapsed = clock.Elapsed;
        Console.WriteLine($"// Engine, first total (counts {cold:N0} matches): {elapsed.TotalMilliseconds:F1} ms.");
        if (cold != RawCount() || cold == 0)
        {
            throw new InvalidOperationException("Both sides should count the same, non-zero number of records.");
        }
    }

    /// <summary>Closes both sides and deletes the directory.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _count?.Dispose();
        _db?.Dispose();
    }

    /// <summary>Hand-written SQL: <c>SELECT count(*)</c> with the same WHERE.</summary>
    [Benchmark(Baseline = true)]
    public long RawCount() => (long)(_count ?? throw new InvalidOperationException("No command.")).ExecuteScalar()!;

    /// <summary>The engine: <c>Records.Search(…).Total</c> with <c>limit = 0</c>, repeated (cached).</summary>
    [Benchmark]
    public long EngineTotal()
    {
        var db = _db ?? throw new InvalidOperationException("No database.");
        return db.Engine.Records.Search(db.Database, db.Table.Id, _query).Total;
    }
}
