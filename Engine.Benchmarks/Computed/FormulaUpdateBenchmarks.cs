using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using SoftrLite.Benchmarks.Records;
using SoftrLite.Benchmarks.Storage;
using SoftrLite.Benchmarks.Regression;

namespace SoftrLite.Benchmarks.Computed;

/// <summary>
/// Recomputation rate: every invocation sets a new Amount on all 10,000 records of an on-disk table, 1,000 per
/// <c>UpdateMany</c> call, on a table without and with the formula
/// <c>IF({Amount} &gt; 100, {Amount} * 1.1, ROUND({Amount} / 3, 2)) &amp; ''</c>. Mean is per record, so records
/// per second is 1 s / Mean, and EngineWithFormula / EngineNoFormula is the cost of keeping the formula current.
/// The baselines run a prepared <c>UPDATE … WHERE _id = $id</c> (Amount and <c>_updated_at</c>; with the formula
/// also its column, computed by hand in C#) in transactions of 1,000 on the same file.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class FormulaUpdateBenchmarks
{
    private const int FullRecords = 10_000;
    private const int BatchSize = 1000;
    private static readonly int Records = BenchScale.Of(FullRecords, BatchSize);
    private string _directory = "";
    private SoftrEngine? _engine;
    private DatabaseId _database;
    private Table? _table;
    private SqliteConnection? _raw;
    private SqliteCommand? _update;
    private string[] _ids = [];
    private int _round;

    /// <summary>Builds the table without the formula.</summary>
    [GlobalSetup(Targets = [nameof(RawNoFormula), nameof(EngineNoFormula)])]
    public void Setup() => Build(formula: false);

    /// <summary>Builds the table with the formula.</summary>
    [GlobalSetup(Targets = [nameof(RawWithFormula), nameof(EngineWithFormula)])]
    public void SetupFormula() => Build(formula: true);

    /// <summary>Closes both sides and deletes the directory.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _update?.Dispose();
        _raw?.Dispose();
        _engine?.Dispose();
        BenchDirectory.Delete(_directory);
    }

    /// <summary>Hand-written SQL: the UPDATE of Amount, no formula.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = FullRecords)]
    public int RawNoFormula() => RawUpdate(formula: false);

    /// <summary>The engine: <c>UpdateMany</c> of Amount, no formula.</summary>
    [Benchmark(OperationsPerInvoke = FullRecords)]
    public int EngineNoFormula() => EngineUpdate();

    /// <summary>Hand-written SQL: the UPDATE of Amount and of the formula's column, computed in C#.</summary>
    [Benchmark(OperationsPerInvoke = FullRecords)]
    public int RawWithFormula() => RawUpdate(formula: true);

    /// <summary>The engine: <c>UpdateMany</c> of Amount, the formula recomputed.</summary>
    [Benchmark(OperationsPerInvoke = FullRecords)]
    public int EngineWithFormula() => EngineUpdate();

    private int RawUpdate(bool formula)
    {
        var connection = _raw ?? throw new InvalidOperationException("No connection.");
        var update = _update ?? throw new InvalidOperationException("No command.");
        var round = ++_round;
        for (var start = 0; start < Records; start += BatchSize)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            update.Transaction = transaction;
            var now = RawSql.Now();
            for (var i = start; i < start + BatchSize; i++)
            {
                var amount = FormulaTable.Amount(i, round);
                update.Parameters[0].Value = _ids[i];
                update.Parameters[1].Value = amount;
                update.Parameters[2].Value = now;
                if (formula)
                {
                    update.Parameters[3].Value = FormulaTable.Price(amount);
                }

                update.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        return Records;
    }

    private int EngineUpdate()
    {
        var engine = _engine ?? throw new InvalidOperationException("No engine.");
        var table = _table ?? throw new InvalidOperationException("No table.");
        var amount = table.Fields[1].Id.Value;
        var round = ++_round;
        var updated = 0;
        for (var start = 0; start < Records; start += BatchSize)
        {
            var batch = new RecordUpdate[BatchSize];
            for (var i = 0; i < BatchSize; i++)
            {
                var values = new Dictionary<string, object?>(1) { [amount] = FormulaTable.Amount(start + i, round) };
                batch[i] = new RecordUpdate(new RecordId(_ids[start + i]), values);
            }

            updated += engine.Records.UpdateMany(_database, table.Id, batch).Count;
        }

        return updated;
    }

    private void Build(bool formula)
    {
        _directory = BenchDirectory.Create();
        var engine = _engine = SoftrEngine.Open(_directory, new SoftrEngineOptions { IdSeed = 1 });
        _database = engine.Databases.Create(engine.Workspaces.Default.Id, "Bench").Id;
        var table = _table = FormulaTable.Create(engine, _database, formula ? [("Price", FormulaTable.PriceFormula)] : []);
        for (var start = 0; start < Records; start += BatchSize)
        {
            engine.Records.CreateMany(_database, table.Id, Enumerable.Range(start, BatchSize).Select(i => FormulaTable.Input(table, i)));
        }

        var raw = _raw = RawRecordSql.OpenWal(BenchDirectory.DatabaseFile(_directory, _database));
        var data = "t" + RawSchema.TableNum(raw, table.Id);
        var amount = RawSchema.Column(raw, table.Id, table.Fields[1].Id);
        var set = formula ? $", {RawSchema.Column(raw, table.Id, table.Fields[4].Id)} = $price" : "";
        _update = RawSql.Command(raw, null, $"UPDATE {data} SET {amount} = $amount, _updated_at = $now{set} WHERE _id = $id", ("$id", ""), ("$amount", 0.0), ("$now", 0L));
        if (formula)
        {
            _update.Parameters.AddWithValue("$price", "");
        }

        _update.Prepare();
        using (var ids = RawSql.Command(raw, null, $"SELECT _id FROM {data} ORDER BY _rk"))
        using (var reader = ids.ExecuteReader())
        {
            var list = new List<string>();
            while (reader.Read())
            {
                list.Add(reader.GetString(0));
            }

            _ids = [.. list];
        }

        Verify(raw, data, amount, formula ? RawSchema.Column(raw, table.Id, table.Fields[4].Id) : null);
    }

    // The engine's update must store what the baseline writes: the amounts, and the formula's text as computed by hand.
    private void Verify(SqliteConnection raw, string data, string amount, string? price)
    {
        if (RawUpdate(price is not null) != Records || EngineUpdate() != Records)
        {
            throw new InvalidOperationException($"Both sides should update {Records} records.");
        }

        var engineRound = _round;
        using var command = RawSql.Command(raw, null, $"SELECT {amount}, {price ?? "NULL"} FROM {data} ORDER BY _rk");
        using var reader = command.ExecuteReader();
        for (var i = 0; reader.Read(); i++)
        {
            var expected = FormulaTable.Amount(i, engineRound);
            if (reader.GetDouble(0) != expected || (price is not null && reader.GetString(1) != FormulaTable.Price(expected)))
            {
                throw new InvalidOperationException($"Row {i}: the engine stored {reader.GetValue(0)} / {reader.GetValue(1)}; the baseline would write {expected} / {FormulaTable.Price(expected)}.");
            }
        }
    }
}
