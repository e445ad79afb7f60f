using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Data.Sqlite;

namespace SoftrLite.Benchmarks.Fixtures;

/// <summary>
/// Reset and seed. Reset: an in-memory engine holding one database of 10,000 records back to empty; the baseline drops
/// a raw in-memory database of the same rows and creates an empty one. Seed: the engine's fixture of 10,000 records
/// (<see cref="FixtureOperations.Seed"/>, after a reset); the baseline parses the same JSON and inserts the rows into
/// a fresh STRICT table with a prepared command in one transaction. One operation per iteration (the state is rebuilt
/// before each).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10, invocationCount: 1)]
public class ResetSeedBenchmarks
{
    private SoftrEngine? _engine;
    private SqliteConnection? _raw;
    private string _fixture = "";

    /// <summary>Builds the engine and exports its fixture.</summary>
    [GlobalSetup]
    public void Setup()
    {
        (_engine, _, _) = FixtureTable.Engine();
        _fixture = _engine.Fixtures.Export();
    }

    /// <summary>Frees everything.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _engine?.Dispose();
        _raw?.Dispose();
    }

    /// <summary>Before a reset: the engine and the raw database hold the records.</summary>
    [IterationSetup(Targets = [nameof(RawReset), nameof(EngineReset)])]
    public void Fill()
    {
        var engine = _engine ?? throw new InvalidOperationException("No engine.");
        if (engine.Databases.List().Total == 0)
        {
            engine.Fixtures.Seed(_fixture);
        }

        _raw?.Dispose();
        _raw = FixtureTable.RawDatabase();
        FixtureTable.RawInsert(_raw, FixtureTable.RawRows());
    }

    /// <summary>Before a seed: both sides are empty.</summary>
    [IterationSetup(Targets = [nameof(RawSeed), nameof(EngineSeed)])]
    public void Empty()
    {
        (_engine ?? throw new InvalidOperationException("No engine.")).Fixtures.Reset();
        _raw?.Dispose();
        _raw = null;
    }

    /// <summary>Hand-written: close the database (freeing it) and create an empty one.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Reset")]
    public int RawReset()
    {
        _raw?.Dispose();
        _raw = FixtureTable.RawDatabase();
        return 1;
    }

    /// <summary>The engine: <c>Fixtures.Reset()</c>.</summary>
    [Benchmark]
    [BenchmarkCategory("Reset")]
    public int EngineReset() => (_engine ?? throw new InvalidOperationException("No engine.")).Fixtures.Reset().Name.Length;

    /// <summary>Hand-written: parse the fixture's JSON and insert its rows.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Seed")]
    public int RawSeed()
    {
        using var document = JsonDocument.Parse(_fixture);
        var records = document.RootElement.GetProperty("databases")[0].GetProperty("tables")[0].GetProperty("records");
        _raw = FixtureTable.RawDatabase();
        FixtureTable.RawInsert(_raw, records.EnumerateArray().Select(r =>
        {
            var f = r.GetProperty("fields");
            return (
                r.GetProperty("id").GetString()!,
                f.GetProperty("Name").GetString()!,
                f.GetProperty("Notes").GetString()!,
                f.GetProperty("Price").GetDouble(),
                f.GetProperty("Quantity").GetInt64(),
                f.GetProperty("Done").GetBoolean());
        }));
        return records.GetArrayLength();
    }

    /// <summary>The engine: <c>Fixtures.Seed(fixture)</c>.</summary>
    [Benchmark]
    [BenchmarkCategory("Seed")]
    public int EngineSeed() => (_engine ?? throw new InvalidOperationException("No engine.")).Fixtures.Seed(_fixture).Count;
}
