using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using SoftrLite.Benchmarks.Records;

namespace SoftrLite.Benchmarks.Journal;

/// <summary>
/// Undo of a batch of 1,000 created records of the <see cref="RecordMix"/> table, on disk (journal on): the journal
/// entry decoded, every row checked against its after-image and deleted, in one transaction. Beside it the same
/// removal as a write (<c>Records.DeleteMany</c> of the 1,000 records) and the baseline: raw Microsoft.Data.Sqlite
/// deleting the 1,000 rows by key in one transaction. Each iteration first creates the batch (not timed).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 12, invocationCount: 1)]
public class UndoBenchmarks
{
    private string _directory = "";
    private SoftrEngine? _engine;
    private DatabaseId _database;
    private TableId _table;
    private IReadOnlyDictionary<string, object?>[] _inputs = [];
    private RecordId[] _batch = [];

    /// <summary>One engine on a fresh directory holding the empty table.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _directory = BenchDirectory.Create();
        _engine = SoftrEngine.Open(_directory, new SoftrEngineOptions { Journal = new JournalOptions { Mode = JournalMode.On } });
        _database = _engine.Databases.Create(_engine.Workspaces.Default.Id, "Bench").Id;
        var table = _engine.Tables.Create(_database, RecordMix.Table());
        _table = table.Id;
        _inputs = RecordMix.Inputs(table);
    }

    /// <summary>Disposes the engine and deletes its directory.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _engine?.Dispose();
        BenchDirectory.Delete(_directory);
    }

    /// <summary>Creates the batch of 1,000 records that the iteration removes.</summary>
    [IterationSetup]
    public void CreateBatch() => _batch = Engine.Records.CreateMany(_database, _table, _inputs).Select(r => r.Id).ToArray();

    /// <summary>Raw SQL: the 1,000 rows deleted by key, one transaction, on the engine's own file.</summary>
    [Benchmark(Baseline = true)]
    public int RawDelete()
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = BenchDirectory.DatabaseFile(_directory, _database), Pooling = false }.ToString());
        connection.Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        using var delete = connection.CreateCommand();
        delete.Transaction = transaction;
        delete.CommandText = "DELETE FROM t1 WHERE _id = @id";
        var id = delete.Parameters.Add("@id", SqliteType.Text);
        var deleted = 0;
        foreach (var record in _batch)
        {
            id.Value = record.Value;
            deleted += delete.ExecuteNonQuery();
        }

        transaction.Commit();
        return Check(deleted);
    }

    /// <summary>The engine: <c>History.Undo</c> of the batch.</summary>
    [Benchmark]
    public int Undo()
    {
        Engine.History.Undo(_database);
        return Check(_batch.Length);
    }

    /// <summary>The engine: <c>Records.DeleteMany</c> of the batch (a write, journaled too).</summary>
    [Benchmark]
    public int DeleteMany()
    {
        Engine.Records.DeleteMany(_database, _table, _batch);
        return Check(_batch.Length);
    }

    private SoftrEngine Engine => _engine ?? throw new InvalidOperationException("No engine.");

    private static int Check(int deleted) =>
        deleted == RecordMix.DistinctRows ? deleted : throw new InvalidOperationException($"Expected {RecordMix.DistinctRows} rows removed; got {deleted}.");
}
