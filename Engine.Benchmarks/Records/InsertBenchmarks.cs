using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using SoftrLite.Benchmarks.Storage;
using SoftrLite.Benchmarks.Regression;

namespace SoftrLite.Benchmarks.Records;

/// <summary>
/// Inserts records of the 10-field <see cref="RecordMix"/> table into a fresh on-disk database (WAL, default
/// synchronous mode) per iteration. Mean is per record (<c>OperationsPerInvoke</c> is the record count), so
/// records per second is 1 s / Mean. Batched methods write <see cref="Records"/> records in transactions of
/// <see cref="BatchSize"/>; the one-transaction-per-record methods write <see cref="SingleRecords"/>, since each
/// commit waits for the disk. The baselines bind the stored values (TEXT, REAL, INTEGER already normalized), a
/// 14-character random ID, timestamps and the autonumber into one prepared INSERT on an identical table.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class InsertBenchmarks
{
    private const int FullRecords = 100_000;
    private const int SingleRecords = 10_000;
    private const int BatchSize = RecordMix.DistinctRows;
    private static readonly int Records = BenchScale.Of(FullRecords, BatchSize);
    private const long TableNum = 1;
    private object[][] _rows = [];
    private IReadOnlyDictionary<string, object?>[] _inputs = [];
    private string _directory = "";
    private SqliteConnection? _connection;
    private SqliteCommand? _insert;
    private Random _random = new(1);
    private SoftrEngine? _engine;
    private DatabaseId _database;
    private TableId _table;

    /// <summary>Writes the distinct rows once through the engine and checks the baselines' values are what it stored.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var directory = BenchDirectory.Create();
        try
        {
            using (var engine = SoftrEngine.Open(directory, new SoftrEngineOptions { IdSeed = 1 }))
            {
                var database = engine.Databases.Create(engine.Workspaces.Default.Id, "Bench").Id;
                var table = engine.Tables.Create(database, RecordMix.Table());
                engine.Records.CreateMany(database, table.Id, RecordMix.Inputs(table));
                _rows = RecordMix.StoredRows(table);
                using var connection = RawRecordSql.OpenWal(BenchDirectory.DatabaseFile(directory, database));
                var stored = RawRecordSql.ReadFieldColumns(connection, TableNum, RecordMix.FieldCount);
                if (stored.Count != _rows.Length || !stored.Zip(_rows).All(p => p.First.SequenceEqual(p.Second)))
                {
                    throw new InvalidOperationException("The baselines' values differ from what the engine stores.");
                }
            }
        }
        finally
        {
            BenchDirectory.Delete(directory);
        }
    }

    /// <summary>A fresh database file in WAL mode holding the empty data table, and the prepared INSERT.</summary>
    [IterationSetup(Targets = [nameof(RawBatched), nameof(RawPerRecord)])]
    public void SetupRaw()
    {
        _directory = BenchDirectory.Create();
        _connection = RawRecordSql.OpenWal(Path.Combine(_directory, "raw.sqlite"));
        RawRecordSql.CreateTable(_connection, TableNum, RecordMix.SqlTypes);
        _insert = RawRecordSql.PrepareInsert(_connection, TableNum, RecordMix.FieldCount);
        _random = new Random(1);
    }

    /// <summary>Checks that every row was written, then closes and deletes the file.</summary>
    [IterationCleanup(Target = nameof(RawBatched))]
    public void CleanupRawBatched() => CloseRaw(Records);

    /// <summary>Checks that every row was written, then closes and deletes the file.</summary>
    [IterationCleanup(Target = nameof(RawPerRecord))]
    public void CleanupRawPerRecord() => CloseRaw(SingleRecords);

    /// <summary>
    /// A fresh engine on a fresh data directory, with one database holding the empty table. Default options: record
    /// IDs are random, as in production (a seeded generator makes the engine check every new ID against the table).
    /// </summary>
    [IterationSetup(Targets = [nameof(EngineCreateMany), nameof(EngineCreate)])]
    public void SetupEngine()
    {
        _directory = BenchDirectory.Create();
        _engine = SoftrEngine.Open(_directory);
        _database = _engine.Databases.Create(_engine.Workspaces.Default.Id, "Bench").Id;
        var table = _engine.Tables.Create(_database, RecordMix.Table());
        _table = table.Id;
        _inputs = RecordMix.Inputs(table);
    }

    /// <summary>Checks that every record was written, then disposes the engine and deletes its directory.</summary>
    [IterationCleanup(Target = nameof(EngineCreateMany))]
    public void CleanupEngineCreateMany() => CloseEngine(Records);

    /// <summary>Checks that every record was written, then disposes the engine and deletes its directory.</summary>
    [IterationCleanup(Target = nameof(EngineCreate))]
    public void CleanupEngineCreate() => CloseEngine(SingleRecords);

    /// <summary>Hand-written SQL: the prepared INSERT, <see cref="BatchSize"/> rows per transaction.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = FullRecords)]
    public int RawBatched()
    {
        var connection = _connection ?? throw new InvalidOperationException("No connection.");
        var insert = _insert ?? throw new InvalidOperationException("No command.");
        for (var start = 0; start < Records; start += BatchSize)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            insert.Transaction = transaction;
            var now = RawSql.Now();
            for (var i = start; i < start + BatchSize; i++)
            {
                RawRecordSql.Bind(insert, RawRecordSql.NewId(_random), now, i + 1, _rows[i % _rows.Length]);
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        return Records;
    }

    /// <summary>The engine: <c>Records.CreateMany</c> with <see cref="BatchSize"/> records per call.</summary>
    [Benchmark(OperationsPerInvoke = FullRecords)]
    public int EngineCreateMany()
    {
        var engine = _engine ?? throw new InvalidOperationException("No engine.");
        var created = 0;
        for (var start = 0; start < Records; start += BatchSize)
        {
            created += engine.Records.CreateMany(_database, _table, _inputs).Count;
        }

        return created;
    }

    /// <summary>Hand-written SQL: the prepared INSERT, one transaction per row.</summary>
    [Benchmark(OperationsPerInvoke = SingleRecords)]
    public int RawPerRecord()
    {
        var connection = _connection ?? throw new InvalidOperationException("No connection.");
        var insert = _insert ?? throw new InvalidOperationException("No command.");
        for (var i = 0; i < SingleRecords; i++)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            insert.Transaction = transaction;
            RawRecordSql.Bind(insert, RawRecordSql.NewId(_random), RawSql.Now(), i + 1, _rows[i % _rows.Length]);
            insert.ExecuteNonQuery();
            transaction.Commit();
        }

        return SingleRecords;
    }

    /// <summary>The engine: <c>Records.Create</c> once per record.</summary>
    [Benchmark(OperationsPerInvoke = SingleRecords)]
    public int EngineCreate()
    {
        var engine = _engine ?? throw new InvalidOperationException("No engine.");
        for (var i = 0; i < SingleRecords; i++)
        {
            engine.Records.Create(_database, _table, _inputs[i % _inputs.Length]);
        }

        return SingleRecords;
    }

    private void CloseRaw(long expected)
    {
        var connection = _connection ?? throw new InvalidOperationException("No connection.");
        var count = RawSql.Scalar(connection, null, $"SELECT count(*) FROM t{TableNum}");
        _insert?.Dispose();
        connection.Dispose();
        BenchDirectory.Delete(_directory);
        _connection = null;
        Check(count, expected);
    }

    private void CloseEngine(long expected)
    {
        var engine = _engine ?? throw new InvalidOperationException("No engine.");
        var count = engine.Records.List(_database, _table, new Paging(0, 1)).Total;
        engine.Dispose();
        BenchDirectory.Delete(_directory);
        _engine = null;
        Check(count, expected);
    }

    private static void Check(long actual, long expected)
    {
        if (actual != expected)
        {
            throw new InvalidOperationException($"Expected {expected} records; got {actual}.");
        }
    }
}
