using BenchmarkDotNet.Attributes;
using SoftrLite.Benchmarks.Records;

namespace SoftrLite.Benchmarks.Journal;

/// <summary>
/// The journal's cost on batched inserts: <c>Records.CreateMany</c> of the 10-field <see cref="RecordMix"/> table,
/// 1,000 records a call, into a fresh on-disk database per iteration, with the journal off (the baseline) and on (each
/// batch's after-images encoded with MessagePack and appended in the same transaction). Mean is per record.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 7, invocationCount: 1)]
public class JournalInsertBenchmarks
{
    private const int Records = 20_000;
    private const int BatchSize = RecordMix.DistinctRows;
    private string _directory = "";
    private SoftrEngine? _engine;
    private DatabaseId _database;
    private TableId _table;
    private IReadOnlyDictionary<string, object?>[] _inputs = [];

    /// <summary>A fresh engine (journal off) on a fresh directory holding the empty table.</summary>
    [IterationSetup(Target = nameof(CreateManyJournalOff))]
    public void SetupOff() => Open(JournalMode.Off);

    /// <summary>A fresh engine (journal on) on a fresh directory holding the empty table.</summary>
    [IterationSetup(Target = nameof(CreateManyJournalOn))]
    public void SetupOn() => Open(JournalMode.On);

    /// <summary>Checks every record was written, disposes the engine and deletes its directory.</summary>
    [IterationCleanup]
    public void Cleanup()
    {
        var engine = _engine ?? throw new InvalidOperationException("No engine.");
        var count = engine.Records.List(_database, _table, new Paging(0, 1)).Total;
        engine.Dispose();
        BenchDirectory.Delete(_directory);
        _engine = null;
        if (count != Records)
        {
            throw new InvalidOperationException($"Expected {Records} records; got {count}.");
        }
    }

    /// <summary>Batches of 1,000 with the journal off.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Records)]
    public int CreateManyJournalOff() => CreateMany();

    /// <summary>Batches of 1,000 with the journal on.</summary>
    [Benchmark(OperationsPerInvoke = Records)]
    public int CreateManyJournalOn() => CreateMany();

    private int CreateMany()
    {
        var engine = _engine ?? throw new InvalidOperationException("No engine.");
        var created = 0;
        for (var start = 0; start < Records; start += BatchSize)
        {
            created += engine.Records.CreateMany(_database, _table, _inputs).Count;
        }

        return created;
    }

    private void Open(JournalMode mode)
    {
        _directory = BenchDirectory.Create();
        _engine = SoftrEngine.Open(_directory, new SoftrEngineOptions { Journal = new JournalOptions { Mode = mode } });
        _database = _engine.Databases.Create(_engine.Workspaces.Default.Id, "Bench").Id;
        var table = _engine.Tables.Create(_database, RecordMix.Table());
        _table = table.Id;
        _inputs = RecordMix.Inputs(table);
    }
}
