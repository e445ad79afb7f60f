using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using SoftrLite.Benchmarks.Regression;

namespace SoftrLite.Benchmarks.Query;

/// <summary>
/// Reads all 1,000,000 records of an on-disk table in creation order. The baseline is one full scan
/// (<c>ORDER BY _rk</c>, every row decoded); the others walk pages of 200: the engine's <c>Records.List</c> at
/// offsets 0, 200, 400, … until the total (its first pages use LIMIT/OFFSET, deeper ones the cached ordering),
/// a hand-written keyset walk (<c>WHERE _rk &gt; $last ORDER BY _rk LIMIT 200</c>) and a hand-written
/// <c>LIMIT 200 OFFSET n</c> walk. The ratio of a paged walk to the full scan is the cost of paging. The engine's
/// ordering is built by the warm-up; its cold cost is printed by GlobalSetup.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class PagedIterationBenchmarks
{
    private static readonly int Records = BenchScale.Of(1_000_000);
    private const int PageSize = Paging.MaxLimit;
    private QueryDatabase? _db;
    private SqliteCommand? _scan;
    private SqliteCommand? _keyset;
    private SqliteCommand? _offset;

    /// <summary>Builds the table, prepares the baselines' commands and checks that every walk sees every record.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var db = _db = QueryDatabase.Build(Records);
        _scan = db.Prepare($"SELECT {db.SelectList} FROM {db.DataTable} ORDER BY _rk");
        _keyset = db.Prepare($"SELECT {db.SelectList} FROM {db.DataTable} WHERE _rk > $last ORDER BY _rk LIMIT {PageSize}", ("$last", 0L));
        _offset = db.Prepare($"SELECT {db.SelectList} FROM {db.DataTable} ORDER BY _rk LIMIT {PageSize} OFFSET $offset", ("$offset", 0L));
        db.PrintPlan("keyset page", _keyset.CommandText);
        db.PrintPlan("offset page", _offset.CommandText);
        var (cold, warm) = ColdDeepPage.Measure(db, RecordQuery.All with { Paging = new Paging(PageSize * 5, PageSize) });
        Console.WriteLine($"// Engine, first deep page (offset 1,000, reads the ordering of {Records:N0} keys): {cold.TotalMilliseconds:F1} ms cold, {warm.TotalMilliseconds:F2} ms warm.");
        if (RawFullScan() != Records || RawKeyset() != Records || EngineList() != Records)
        {
            throw new InvalidOperationException($"Every walk should see {Records} records.");
        }
    }

    /// <summary>Closes both sides and deletes the directory.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _scan?.Dispose();
        _keyset?.Dispose();
        _offset?.Dispose();
        _db?.Dispose();
    }

    /// <summary>Hand-written SQL: one statement reading every row in creation order.</summary>
    [Benchmark(Baseline = true)]
    public int RawFullScan()
    {
        var command = _scan ?? throw new InvalidOperationException("No command.");
        var read = 0;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            read += QueryRow.Read(reader).Name is null ? 0 : 1;
        }

        return read;
    }

    /// <summary>The engine: <c>Records.List</c> page after page, offset += 200, until the total.</summary>
    [Benchmark]
    public int EngineList()
    {
        var db = _db ?? throw new InvalidOperationException("No database.");
        var read = 0;
        long total;
        do
        {
            var page = db.Engine.Records.List(db.Database, db.Table.Id, new Paging(read, PageSize));
            total = page.Total;
            read += page.Items.Count;
        }
        while (read < total);

        return read;
    }

    /// <summary>Hand-written SQL: keyset pages, each starting after the last row key of the previous one.</summary>
    [Benchmark]
    public int RawKeyset()
    {
        var command = _keyset ?? throw new InvalidOperationException("No command.");
        var read = 0;
        var last = 0L;
        while (true)
        {
            command.Parameters[0].Value = last;
            var rows = QueryRow.ReadAll(command);
            if (rows.Count == 0)
            {
                return read;
            }

            read += rows.Count;
            last = rows[^1].RowKey;
        }
    }

    /// <summary>Hand-written SQL: <c>LIMIT 200 OFFSET n</c> pages, offset += 200, until a page comes back short.</summary>
    [Benchmark]
    public int RawOffset()
    {
        var command = _offset ?? throw new InvalidOperationException("No command.");
        var read = 0;
        while (true)
        {
            command.Parameters[0].Value = (long)read;
            var rows = QueryRow.ReadAll(command);
            read += rows.Count;
            if (rows.Count < PageSize)
            {
                return read;
            }
        }
    }
}
