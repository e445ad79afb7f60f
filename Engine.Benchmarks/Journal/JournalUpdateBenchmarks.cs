using BenchmarkDotNet.Attributes;
using SoftrLite.Benchmarks.Records;

namespace SoftrLite.Benchmarks.Journal;

/// <summary>
/// The journal's cost on single updates: <c>Records.Update</c> of one field of one record (one transaction each, on
/// disk), cycling over 1,000 records of the <see cref="RecordMix"/> table, with the journal off (the baseline) and on
/// (the row's image read before and after, encoded and appended in the same transaction). Mean is per update.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 15)]
public class JournalUpdateBenchmarks
{
    private const int Updates = 500;
    private readonly Dictionary<JournalMode, (string Directory, SoftrEngine Engine, DatabaseId Database, TableId Table, RecordId[] Ids, string Field)> _worlds = [];
    private int _round;

    /// <summary>Two directories, journal off and on, each holding 1,000 records.</summary>
    [GlobalSetup]
    public void Setup()
    {
        foreach (var mode in new[] { JournalMode.Off, JournalMode.On })
        {
            var directory = BenchDirectory.Create();
            var engine = SoftrEngine.Open(directory, new SoftrEngineOptions { Journal = new JournalOptions { Mode = mode } });
            var database = engine.Databases.Create(engine.Workspaces.Default.Id, "Bench").Id;
            var table = engine.Tables.Create(database, RecordMix.Table());
            var ids = engine.Records.CreateMany(database, table.Id, RecordMix.Inputs(table)).Select(r => r.Id).ToArray();
            var number = table.Fields.First(f => f.Type == FieldTypeNames.Number).Id.Value;
            _worlds[mode] = (directory, engine, database, table.Id, ids, number);
        }
    }

    /// <summary>Disposes the engines and deletes their directories.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var (directory, engine, _, _, _, _) in _worlds.Values)
        {
            engine.Dispose();
            BenchDirectory.Delete(directory);
        }
    }

    /// <summary>Single updates with the journal off.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Updates)]
    public int UpdateJournalOff() => Update(JournalMode.Off);

    /// <summary>Single updates with the journal on.</summary>
    [Benchmark(OperationsPerInvoke = Updates)]
    public int UpdateJournalOn() => Update(JournalMode.On);

    private int Update(JournalMode mode)
    {
        var (_, engine, database, table, ids, field) = _worlds[mode];
        for (var i = 0; i < Updates; i++)
        {
            var round = _round++;
            engine.Records.Update(database, table, ids[round % ids.Length], new Dictionary<string, object?> { [field] = round % 1000 });
        }

        return Updates;
    }
}
