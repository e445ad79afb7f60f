using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using SoftrLite.Benchmarks.Records;
using SoftrLite.Benchmarks.Storage;

namespace SoftrLite.Benchmarks.Computed;

/// <summary>
/// Inserts 10,000 records, 1,000 per <c>CreateMany</c> call, into a fresh on-disk table of four fields, without
/// and with <see cref="FormulaTable.FiveFormulas"/> (one reading another). Mean is per record;
/// EngineWithFormulas / EngineNoFormulas is the cost of computing five formulas on insert. The baseline is the
/// prepared INSERT of the four input columns on an identical table, in transactions of 1,000.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class FormulaInsertBenchmarks
{
    private const int Records = 10_000;
    private const int BatchSize = 1000;
    private const long TableNum = 1;
    private string _directory = "";
    private SoftrEngine? _engine;
    private DatabaseId _database;
    private TableId _table;
    private IReadOnlyDictionary<string, object?>[] _inputs = [];
    private SqliteConnection? _raw;
    private SqliteCommand? _insert;
    private Random _random = new(1);

    /// <summary>Checks once that the engine stores the baseline's input values and computes all five formulas.</summary>
    [GlobalSetup]
    public void Setup()
    {
        SetupEngine(formulas: true);
        try
        {
            var engine = _engine!;
            engine.Records.CreateMany(_database, _table, _inputs.Take(BatchSize));
            var table = engine.Tables.Get(_database, _table);
            var first = engine.Records.List(_database, _table, new Paging(0, 1)).Items[0];
            var stored = FormulaTable.Stored(0);
            if (table.Fields.Count != FormulaTable.FieldCount + 5 || first.Fields.Count != table.Fields.Count
                || !stored.Select((v, f) => Equals(first[table.Fields[f].Id], v)).All(x => x))
            {
                throw new InvalidOperationException("The engine should store the input values and five formula values.");
            }
        }
        finally
        {
            CloseEngine();
        }
    }

    /// <summary>A fresh database file with the empty table and the prepared INSERT.</summary>
    [IterationSetup(Target = nameof(RawNoFormulas))]
    public void SetupRaw()
    {
        _directory = BenchDirectory.Create();
        _raw = RawRecordSql.OpenWal(Path.Combine(_directory, "raw.sqlite"));
        RawRecordSql.CreateTable(_raw, TableNum, FormulaTable.SqlTypes);
        _insert = RawRecordSql.PrepareInsert(_raw, TableNum, FormulaTable.FieldCount);
        _random = new Random(1);
    }

    /// <summary>Checks every row was written, then deletes the file.</summary>
    [IterationCleanup(Target = nameof(RawNoFormulas))]
    public void CleanupRaw()
    {
        var count = RawSql.Scalar(_raw!, null, $"SELECT count(*) FROM t{TableNum}");
        _insert?.Dispose();
        _raw?.Dispose();
        BenchDirectory.Delete(_directory);
        Check(count);
    }

    /// <summary>A fresh engine and table without formulas.</summary>
    [IterationSetup(Target = nameof(EngineNoFormulas))]
    public void SetupPlain() => SetupEngine(formulas: false);

    /// <summary>A fresh engine and table with the five formulas.</summary>
    [IterationSetup(Target = nameof(EngineWithFormulas))]
    public void SetupFormulas() => SetupEngine(formulas: true);

    /// <summary>Checks every record was written, then disposes the engine and deletes its directory.</summary>
    [IterationCleanup(Targets = [nameof(EngineNoFormulas), nameof(EngineWithFormulas)])]
    public void CleanupEngine() => Check(CloseEngine());

    /// <summary>Hand-written SQL: the prepared INSERT of the four input columns.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Records)]
    public int RawNoFormulas()
    {
        var connection = _raw ?? throw new InvalidOperationException("No connection.");
        var insert = _insert ?? throw new InvalidOperationException("No command.");
        for (var start = 0; start < Records; start += BatchSize)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            insert.Transaction = transaction;
            var now = RawSql.Now();
            for (var i = start; i < start + BatchSize; i++)
            {
                RawRecordSql.Bind(insert, RawRecordSql.NewId(_random), now, i + 1, FormulaTable.Stored(i));
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        return Records;
    }

    /// <summary>The engine: <c>CreateMany</c> into the table without formulas.</summary>
    [Benchmark(OperationsPerInvoke = Records)]
    public int EngineNoFormulas() => EngineInsert();

    /// <summary>The engine: <c>CreateMany</c> into the table with five formulas.</summary>
    [Benchmark(OperationsPerInvoke = Records)]
    public int EngineWithFormulas() => EngineInsert();

    private int EngineInsert()
    {
        var engine = _engine ?? throw new InvalidOperationException("No engine.");
        var created = 0;
        for (var start = 0; start < Records; start += BatchSize)
        {
            created += engine.Records.CreateMany(_database, _table, new ArraySegment<IReadOnlyDictionary<string, object?>>(_inputs, start, BatchSize)).Count;
        }

        return created;
    }

    private void SetupEngine(bool formulas)
    {
        _directory = BenchDirectory.Create();
        _engine = SoftrEngine.Open(_directory, new SoftrEngineOptions { IdSeed = 1 });
        _database = _engine.Databases.Create(_engine.Workspaces.Default.Id, "Bench").Id;
        var table = FormulaTable.Create(_engine, _database, formulas ? FormulaTable.FiveFormulas : []);
        _table = table.Id;
        _inputs = Enumerable.Range(0, Records).Select(i => (IReadOnlyDictionary<string, object?>)FormulaTable.Input(table, i)).ToArray();
    }

    private long CloseEngine()
    {
        var engine = _engine ?? throw new InvalidOperationException("No engine.");
        var count = engine.Records.List(_database, _table, new Paging(0, 0)).Total;
        engine.Dispose();
        BenchDirectory.Delete(_directory);
        _engine = null;
        return count;
    }

    private static void Check(long count)
    {
        if (count != Records)
        {
            throw new InvalidOperationException($"Expected {Records} records; got {count}.");
        }
    }
}
