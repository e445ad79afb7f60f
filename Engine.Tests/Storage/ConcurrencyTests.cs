using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Storage;

public sealed class ConcurrencyTests
{
    [Test]
    public void Readers_run_in_parallel_with_writers_and_see_whole_tables()
    {
        var directory = Directory.CreateTempSubdirectory("softrlite-conc-").FullName;
        try
        {
            using (var onDisk = SoftrEngine.Open(directory))
            {
                RunReadersDuringWrites(onDisk);
            }

            using var inMemory = TestEngine.Open();
            RunReadersDuringWrites(inMemory);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Test]
    public void Concurrent_writers_to_one_database_are_serialized_without_losing_work()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();
        var table = engine.ContactsTable(database.Id);

        Parallel.For(0, 40, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            engine.Fields.Add(database.Id, table.Id, new NewField("F" + i, FieldTypeNames.Number)));

        var fields = engine.Tables.Get(database.Id, table.Id).Fields;
        Assert.That(fields, Has.Count.EqualTo(43));
        Assert.That(fields.Select(f => f.Id).Distinct().Count(), Is.EqualTo(43));
    }

    private static void RunReadersDuringWrites(SoftrEngine engine)
    {
        var database = engine.NewDatabase();
        using var stop = new CancellationTokenSource();
        var torn = 0;
        var reads = 0;

        // Each table is created with its three fields in one transaction, so a reader may see fewer
        // tables but never a table with fewer fields.
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var tables = engine.Tables.List(database.Id, new Paging(0, 200)).Items;
                if (tables.Any(t => t.Fields.Count != 3))
                {
                    Interlocked.Increment(ref torn);
                }

                Interlocked.Increment(ref reads);
            }
        })).ToArray();

        for (var i = 0; i < 30; i++)
        {
            engine.ContactsTable(database.Id);
        }

        stop.Cancel();
        Task.WaitAll(readers);

        Assert.That(reads, Is.GreaterThan(0));
        Assert.That(torn, Is.Zero);
        Assert.That(engine.Tables.List(database.Id).Total, Is.EqualTo(30));
    }
}
