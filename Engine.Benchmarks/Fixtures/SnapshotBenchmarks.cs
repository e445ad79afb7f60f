using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Data.Sqlite;

namespace SoftrLite.Benchmarks.Fixtures;

/// <summary>
/// Snapshot and restore of an in-memory engine holding one database of 10,000 records (<see cref="FixtureTable"/>).
/// The baselines run SQLite's online backup API by hand on a raw database of the same rows: into a new in-memory
/// database (snapshot) and back (restore).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class SnapshotBenchmarks
{
    private SoftrEngine? _engine;
    private FixtureSnapshot? _snapshot;
    private SqliteConnection? _raw;
    private SqliteConnection? _rawCopy;

    /// <summary>Builds the engine and the raw database, and takes one snapshot of each to restore from.</summary>
    [GlobalSetup]
    public void Setup()
    {
        (_engine, var database, var table) = FixtureTable.Engine();
        _snapshot = _engine.Fixtures.Snapshot();
        _raw = FixtureTable.RawDatabase();
        FixtureTable.RawInsert(_raw, FixtureTable.RawRows());
        _rawCopy = new SqliteConnection("Data Source=:memory:;Pooling=False");
        _rawCopy.Open();
        _raw.BackupDatabase(_rawCopy);
        if (_engine.Records.List(database, table).Total != FixtureTable.Records)
        {
            throw new InvalidOperationException("The engine does not hold the records.");
        }
    }

    /// <summary>Frees everything.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _snapshot?.Dispose();
        _engine?.Dispose();
        _raw?.Dispose();
        _rawCopy?.Dispose();
    }

    /// <summary>Hand-written: the backup API into a new in-memory database.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Snapshot")]
    public long RawSnapshot()
    {
        using var copy = new SqliteConnection("Data Source=:memory:;Pooling=False");
        copy.Open();
        (_raw ?? throw new InvalidOperationException("No database.")).BackupDatabase(copy);
        return copy.DataSource.Length;
    }

    /// <summary>The engine: <c>Fixtures.Snapshot()</c> (catalog and database).</summary>
    [Benchmark]
    [BenchmarkCategory("Snapshot")]
    public int EngineSnapshot()
    {
        using var snapshot = (_engine ?? throw new InvalidOperationException("No engine.")).Fixtures.Snapshot();
        return snapshot.DatabaseCount;
    }

    /// <summary>Hand-written: the backup API from the copy back into the database.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Restore")]
    public int RawRestore()
    {
        (_rawCopy ?? throw new InvalidOperationException("No copy.")).BackupDatabase(_raw ?? throw new InvalidOperationException("No database."));
        return 1;
    }

    /// <summary>The engine: <c>Fixtures.Restore(snapshot)</c>.</summary>
    [Benchmark]
    [BenchmarkCategory("Restore")]
    public int EngineRestore()
    {
        (_engine ?? throw new InvalidOperationException("No engine.")).Fixtures.Restore(_snapshot ?? throw new InvalidOperationException("No snapshot."));
        return 1;
    }
}
