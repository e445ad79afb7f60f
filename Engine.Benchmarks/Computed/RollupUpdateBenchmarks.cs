using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using SoftrLite.Benchmarks.Records;
using SoftrLite.Benchmarks.Storage;

namespace SoftrLite.Benchmarks.Computed;

/// <summary>
/// Updates the Amount of ONE order that a customer rolls up (<c>ROLLUP SUM</c> of Orders.Amount through a link)
/// together with 999 other orders, on disk. <see cref="OtherOrders"/> adds orders linked to nobody: if the cost
/// follows the dependents, the two sizes cost the same. Mean is per update (one write transaction each). The
/// baseline, in one transaction on the same file: the order's <c>UPDATE</c> (Amount, <c>_updated_at</c>), then
/// <c>UPDATE customers SET sum = (SELECT total(Amount) over the junction) WHERE _rk IN (customers linking the order)</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class RollupUpdateBenchmarks
{
    private const int Linked = 1000;
    private const int BatchSize = 1000;
    private string _directory = "";
    private SoftrEngine? _engine;
    private DatabaseId _database;
    private TableId _orders;
    private TableId _customers;
    private RecordId _customer;
    private RecordId _order;
    private string _amount = "";
    private FieldId _total;
    private SqliteConnection? _raw;
    private SqliteCommand? _updateOrder;
    private SqliteCommand? _updateSum;
    private int _round;

    /// <summary>Orders in the table that link to no customer, besides the 1,000 linked ones.</summary>
    [Params(0, 100_000)]
    public int OtherOrders { get; set; }

    /// <summary>Builds the two tables, links 1,000 orders to one customer, adds the unlinked orders, prepares the baseline.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _directory = BenchDirectory.Create();
        var engine = _engine = SoftrEngine.Open(_directory, new SoftrEngineOptions { IdSeed = 1 });
        _database = engine.Databases.Create(engine.Workspaces.Default.Id, "Bench").Id;
        _customers = engine.Tables.Create(_database, new NewTable("Customers") { Fields = [new NewField("Name", FieldTypeNames.SingleLineText)] }).Id;
        var orders = engine.Tables.Create(_database, new NewTable("Orders")
        {
            Fields = [new NewField("Item", FieldTypeNames.SingleLineText), new NewField("Amount", FieldTypeNames.Number)],
        });
        _orders = orders.Id;
        _amount = orders.Fields[1].Id.Value;
        var linkOptions = JsonSerializer.SerializeToElement(new { linkedTableId = _customers.Value });
        var link = engine.Fields.Add(_database, _orders, new NewField("Customer", FieldTypeNames.LinkedRecord) { Options = linkOptions });
        var inverse = engine.Tables.Get(_database, _customers).Fields.Single(f => f.Type == FieldTypeNames.LinkedRecord);
        var rollup = JsonSerializer.SerializeToElement(new { linkedRecordFieldId = inverse.Id.Value, rollupFieldId = _amount, function = "SUM" });
        _total = engine.Fields.Add(_database, _customers, new NewField("Total", FieldTypeNames.Rollup) { Options = rollup }).Id;
        _customer = engine.Records.Create(_database, _customers, new Dictionary<string, object?> { ["Name"] = "Ada" }).Id;
        var linked = engine.Records.CreateMany(_database, _orders, Enumerable.Range(0, Linked).Select(i => Order(i, _customer)));
        _order = linked[Linked / 2].Id;
        for (var start = 0; start < OtherOrders; start += BatchSize)
        {
            engine.Records.CreateMany(_database, _orders, Enumerable.Range(start, Math.Min(BatchSize, OtherOrders - start)).Select(i => Order(Linked + i, null)));
        }

        PrepareRaw(orders, link.Id);
        Verify();
    }

    /// <summary>Closes both sides and deletes the directory.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _updateOrder?.Dispose();
        _updateSum?.Dispose();
        _raw?.Dispose();
        _engine?.Dispose();
        BenchDirectory.Delete(_directory);
    }

    /// <summary>Hand-written SQL: the order's UPDATE and the customer's SUM recomputed through the junction.</summary>
    [Benchmark(Baseline = true)]
    public int RawUpdate()
    {
        var connection = _raw ?? throw new InvalidOperationException("No connection.");
        using var transaction = connection.BeginTransaction(deferred: false);
        _updateOrder!.Transaction = transaction;
        _updateSum!.Transaction = transaction;
        _updateOrder.Parameters[1].Value = NextAmount();
        _updateOrder.Parameters[2].Value = RawSql.Now();
        var changed = _updateOrder.ExecuteNonQuery() + _updateSum.ExecuteNonQuery();
        transaction.Commit();
        return changed;
    }

    /// <summary>The engine: <c>Records.Update</c> of the order's Amount; the customer's rollup is recomputed in the same transaction.</summary>
    [Benchmark]
    public int EngineUpdate()
    {
        var engine = _engine ?? throw new InvalidOperationException("No engine.");
        var values = new Dictionary<string, object?>(1) { [_amount] = NextAmount() };
        return engine.Records.Update(_database, _orders, _order, values).Fields.Count;
    }

    private static Dictionary<string, object?> Order(int i, RecordId? customer)
    {
        var order = new Dictionary<string, object?> { ["Item"] = $"Order {i}", ["Amount"] = (double)(i % 100) };
        if (customer is { } id)
        {
            order["Customer"] = new[] { id.Value };
        }

        return order;
    }

    private double NextAmount() => 1000 + (++_round % 1000);

    private void PrepareRaw(Table orders, FieldId link)
    {
        var raw = _raw = RawRecordSql.OpenWal(BenchDirectory.DatabaseFile(_directory, _database));
        var orderTable = "t" + RawSchema.TableNum(raw, _orders);
        var customerTable = "t" + RawSchema.TableNum(raw, _customers);
        var amount = RawSchema.Column(raw, _orders, orders.Fields[1].Id);
        var total = RawSchema.Column(raw, _customers, _total);
        var (junction, orderSide, customerSide) = RawSchema.Link(raw, _orders, link);
        _updateOrder = RawSql.Command(raw, null, $"UPDATE {orderTable} SET {amount} = $amount, _updated_at = $now WHERE _id = $id", ("$id", _order.Value), ("$amount", 0.0), ("$now", 0L));
        _updateOrder.Prepare();
        _updateSum = RawSql.Command(
            raw,
            null,
            $"""
            UPDATE {customerTable} AS c SET {total} = (
                SELECT total(o.{amount}) FROM {junction} j JOIN {orderTable} o ON o._rk = j.{orderSide} WHERE j.{customerSide} = c._rk)
            WHERE c._rk IN (SELECT j.{customerSide} FROM {junction} j JOIN {orderTable} o ON o._rk = j.{orderSide} WHERE o._id = $id)
            """,
            ("$id", _order.Value));
        _updateSum.Prepare();
    }

    // Both sides must leave the customer's total at the sum of its orders.
    private void Verify()
    {
        var engine = _engine!;
        var expected = Enumerable.Range(0, Linked).Sum(i => (double)(i % 100));
        foreach (var update in new Func<int>[] { EngineUpdate, RawUpdate })
        {
            var before = engine.Records.Get(_database, _orders, _order).Get<double>(new FieldId(_amount));
            update();
            var after = engine.Records.Get(_database, _orders, _order).Get<double>(new FieldId(_amount));
            expected += after - before;
            var total = engine.Records.Get(_database, _customers, _customer).Get<double>(_total);
            if (total != expected || after == before)
            {
                throw new InvalidOperationException($"The customer's total is {total}; expected {expected}.");
            }
        }
    }
}
