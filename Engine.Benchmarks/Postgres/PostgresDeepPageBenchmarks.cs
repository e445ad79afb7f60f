using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Npgsql;

namespace SoftrLite.Benchmarks.Postgres;

/// <summary>
/// PostgreSQL: one page of 200 in creation order at offset 0, 500,000 and 999,800 (the last page) of the shared table
/// of 1,000,000 records (<see cref="PostgresFixtures"/>). The engine (<c>Records.Search</c>) reads pages past 1,000 from
/// the search's ordered row keys, read once per data revision: the benchmark measures the steady state (the warm-up
/// reads the ordering) and GlobalSetup prints the one-time cold cost. The baselines: a keyset query
/// (<c>WHERE _rk &gt; @after ORDER BY _rk LIMIT 200</c>, the row key before the page found once in setup), and, beside
/// it, the plain <c>LIMIT 200 OFFSET n</c>.
/// </summary>
[MemoryDiagnoser]
[PostgresJob]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PostgresDeepPageBenchmarks
{
    private const int PageSize = Paging.MaxLimit;
    private const int MiddleOffset = 500_000;
    private const int LastOffset = PostgresFixtures.Records - PageSize;
    private PostgresTable? _db;
    private NpgsqlConnection? _connection;
    private NpgsqlCommand? _keyset;
    private NpgsqlCommand? _offset;
    private readonly Dictionary<int, long> _after = [];

    /// <summary>Fills (once per process) the shared table, prints the engine's cold deep page, finds the keyset bounds and checks every side agrees.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var db = _db = PostgresFixtures.Million;
        _connection = db.OpenRaw();
        _keyset = new NpgsqlCommand($"SELECT {db.SelectList} FROM {db.DataTable} WHERE _rk > @after ORDER BY _rk LIMIT {PageSize}", _connection);
        _keyset.Parameters.Add(new NpgsqlParameter("after", NpgsqlTypes.NpgsqlDbType.Bigint));
        _keyset.Prepare();
        _offset = new NpgsqlCommand($"SELECT {db.SelectList} FROM {db.DataTable} ORDER BY _rk LIMIT {PageSize} OFFSET @offset", _connection);
        _offset.Parameters.Add(new NpgsqlParameter("offset", NpgsqlTypes.NpgsqlDbType.Bigint));
        _offset.Prepare();
        var clock = Stopwatch.StartNew();
        var cold = Engine(MiddleOffset);
        var coldTime = clock.Elapsed;
        clock.Restart();
        Engine(MiddleOffset);
        Console.WriteLine($"// Engine, page at offset {MiddleOffset:N0}: {coldTime.TotalMilliseconds:F1} ms cold (first read of this data revision), {clock.Elapsed.TotalMilliseconds:F2} ms warm; {cold.Count} records.");
        foreach (var offset in new[] { 0, MiddleOffset, LastOffset })
        {
            using (var before = new NpgsqlCommand($"SELECT _rk FROM {db.DataTable} ORDER BY _rk LIMIT 1 OFFSET @n", _connection))
            {
                before.Parameters.AddWithValue("n", Math.Max(0L, offset - 1L));
                _after[offset] = offset == 0 ? 0 : (long)before.ExecuteScalar()!;
            }

            var engine = Engine(offset);
            db.CheckSame(engine, Keyset(offset), $"Keyset page at {offset}");
            db.CheckSame(engine, Offset(offset), $"OFFSET page at {offset}");
        }
    }

    /// <summary>Closes the baselines' connection.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _keyset?.Dispose();
        _offset?.Dispose();
        _connection?.Dispose();
    }

    /// <summary>Hand-written SQL: the first page by keyset.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Offset0")]
    public int RawKeysetFirstPage() => Keyset(0).Count;

    /// <summary>Hand-written SQL: the first page, <c>OFFSET 0</c>.</summary>
    [Benchmark]
    [BenchmarkCategory("Offset0")]
    public int RawOffsetFirstPage() => Offset(0).Count;

    /// <summary>The engine: <c>Records.Search</c> at offset 0.</summary>
    [Benchmark]
    [BenchmarkCategory("Offset0")]
    public int EngineFirstPage() => Engine(0).Count;

    /// <summary>Hand-written SQL: the page at 500,000 by keyset.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Offset500k")]
    public int RawKeysetMiddlePage() => Keyset(MiddleOffset).Count;

    /// <summary>Hand-written SQL: <c>LIMIT 200 OFFSET 500000</c>.</summary>
    [Benchmark]
    [BenchmarkCategory("Offset500k")]
    public int RawOffsetMiddlePage() => Offset(MiddleOffset).Count;

    /// <summary>The engine: <c>Records.Search</c> at offset 500,000, ordering cached.</summary>
    [Benchmark]
    [BenchmarkCategory("Offset500k")]
    public int EngineMiddlePage() => Engine(MiddleOffset).Count;

    /// <summary>Hand-written SQL: the last page by keyset.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("LastPage")]
    public int RawKeysetLastPage() => Keyset(LastOffset).Count;

    /// <summary>Hand-written SQL: <c>LIMIT 200 OFFSET 999800</c>.</summary>
    [Benchmark]
    [BenchmarkCategory("LastPage")]
    public int RawOffsetLastPage() => Offset(LastOffset).Count;

    /// <summary>The engine: <c>Records.Search</c> at offset 999,800, ordering cached.</summary>
    [Benchmark]
    [BenchmarkCategory("LastPage")]
    public int EngineLastPage() => Engine(LastOffset).Count;

    private List<PostgresRow> Keyset(int offset)
    {
        var command = _keyset ?? throw new InvalidOperationException("No command.");
        command.Parameters[0].Value = _after[offset];
        return PostgresRow.ReadAll(command);
    }

    private List<PostgresRow> Offset(int offset)
    {
        var command = _offset ?? throw new InvalidOperationException("No command.");
        command.Parameters[0].Value = (long)offset;
        return PostgresRow.ReadAll(command);
    }

    private IReadOnlyList<Record> Engine(int offset)
    {
        var db = _db ?? throw new InvalidOperationException("No database.");
        return db.Engine.Records.Search(db.Database, db.Table.Id, new RecordQuery { Paging = new Paging(offset, PageSize) }).Items;
    }
}
