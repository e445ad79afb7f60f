using System.Diagnostics;
using System.Globalization;
using SoftrLite.Benchmarks.Records;

namespace SoftrLite.Benchmarks.Journal;

/// <summary>
/// The journal's write cost measured in pairs, for a machine whose load changes while it runs (BenchmarkDotNet measures
/// one method after the other, so a neighbour's build can land on one side only): rounds alternate between an engine
/// with the journal off and one with it on, each round timing the same work on both, and the ratio is taken per round.
/// <c>dotnet run -c Release --project Engine.Benchmarks -- --paired-journal [rounds]</c>.
/// </summary>
internal static class PairedJournalRun
{
    private const int Updates = 500;
    private const int Batches = 5;

    public static void Run(int rounds)
    {
        var worlds = new[] { JournalMode.Off, JournalMode.On }.Select(Open).ToArray();
        try
        {
            var updates = new List<(double Off, double On)>();
            var inserts = new List<(double Off, double On)>();
            for (var round = 0; round < rounds; round++)
            {
                // Which side goes first alternates too.
                var order = round % 2 == 0 ? new[] { 0, 1 } : [1, 0];
                var u = new double[2];
                var b = new double[2];
                foreach (var side in order)
                {
                    u[side] = Time(() => Update(worlds[side], round)) / Updates;
                    b[side] = Time(() => Insert(worlds[side])) / (Batches * RecordMix.DistinctRows);
                }

                if (round > 0)
                {
                    updates.Add((u[0], u[1]));
                    inserts.Add((b[0], b[1]));
                }
            }

            Report("single update", updates);
            Report("batched insert (1,000 a batch)", inserts);
        }
        finally
        {
            foreach (var world in worlds)
            {
                world.Engine.Dispose();
                BenchDirectory.Delete(world.Directory);
            }
        }
    }

    private static void Report(string what, List<(double Off, double On)> pairs)
    {
        var ratios = pairs.Select(p => p.On / p.Off).Order().ToArray();
        var median = ratios[ratios.Length / 2];
        var off = pairs.Select(p => p.Off).Order().ElementAt(pairs.Count / 2);
        var on = pairs.Select(p => p.On).Order().ElementAt(pairs.Count / 2);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{what}: median off {off:F1} µs, on {on:F1} µs; per-round ratio on/off median {median:F3}, min {ratios[0]:F3}, max {ratios[^1]:F3} ({pairs.Count} rounds)"));
    }

    private static double Time(Action work)
    {
        var watch = Stopwatch.StartNew();
        work();
        return watch.Elapsed.TotalMicroseconds;
    }

    private static void Update(World world, int round)
    {
        for (var i = 0; i < Updates; i++)
        {
            world.Engine.Records.Update(world.Database, world.Table, world.Ids[(round * Updates + i) % world.Ids.Length], new Dictionary<string, object?> { [world.Field] = i });
        }
    }

    private static void Insert(World world)
    {
        for (var i = 0; i < Batches; i++)
        {
            world.Engine.Records.CreateMany(world.Database, world.Table, world.Inputs);
        }
    }

    private static World Open(JournalMode mode)
    {
        var directory = BenchDirectory.Create();
        var engine = SoftrEngine.Open(directory, new SoftrEngineOptions { Journal = new JournalOptions { Mode = mode } });
        var database = engine.Databases.Create(engine.Workspaces.Default.Id, "Bench").Id;
        var table = engine.Tables.Create(database, RecordMix.Table());
        var inputs = RecordMix.Inputs(table);
        var ids = engine.Records.CreateMany(database, table.Id, inputs).Select(r => r.Id).ToArray();
        return new World(directory, engine, database, table.Id, ids, table.Fields.First(f => f.Type == FieldTypeNames.Number).Id.Value, inputs);
    }

    private sealed record World(string Directory, SoftrEngine Engine, DatabaseId Database, TableId Table, RecordId[] Ids, string Field, IReadOnlyDictionary<string, object?>[] Inputs);
}
