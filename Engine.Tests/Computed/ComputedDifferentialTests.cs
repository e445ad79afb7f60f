using System.Text.Json;
using CsCheck;
using SoftrLite.Computed;
using SoftrLite.Tests.Support;
using static SoftrLite.Tests.Support.TestEngine;

namespace SoftrLite.Tests.Computed;

/// <summary>
/// After any random sequence of writes, every stored computed value equals what a from-scratch recomputation of
/// every computed field of every record gives: incremental maintenance misses nothing.
/// </summary>
public sealed class ComputedDifferentialTests
{
    private static readonly Gen<(int Op, int A, int B, int C)> Ops = Gen.Select(Gen.Int[0, 7], Gen.Int[0, 9], Gen.Int[-5, 50], Gen.Int[0, 9]);

    [Test]
    public void Incremental_values_equal_a_from_scratch_recomputation_after_random_writes()
    {
        Ops.Array[1, 30].Sample(
            ops =>
            {
                using var f = new TestEngine();
                var shop = Schema(f);
                foreach (var (op, a, b, c) in ops)
                {
                    Apply(f, shop, op, a, b, c);
                }

                var incremental = Snapshot(f, shop);
                RecomputeEverything(f);
                Assert.That(Snapshot(f, shop), Is.EqualTo(incremental));
            },
            iter: 150,
            threads: 1);
    }

    private static void Apply(TestEngine f, Shop shop, int op, int a, int b, int c)
    {
        var customers = f.Engine.Records.List(f.Db, shop.Customers.Id, new Paging(0, 200)).Items;
        var orders = f.Engine.Records.List(f.Db, shop.Orders.Id, new Paging(0, 200)).Items;
        var customer = customers.Count == 0 ? null : customers[a % customers.Count];
        var order = orders.Count == 0 ? null : orders[a % orders.Count];
        switch (op)
        {
            case 0 or 1:
                f.Create(shop.Customers, ("Name", "c" + a), ("Tier", b));
                break;
            case 2 or 3:
                f.Create(shop.Orders, ("Item", "i" + c), ("Amount", b), ("Qty", c), ("Customer", customer is null ? Array.Empty<string>() : new[] { customer.Id.Value }));
                break;
            case 4 when order is not null:
                f.Update(shop.Orders, order, ("Amount", b), ("Item", c % 2 == 0 ? null : "j" + c));
                break;
            case 5 when order is not null:
                f.Update(shop.Orders, order, ("Customer", customer is null || c % 3 == 0 ? Array.Empty<string>() : new[] { customer.Id.Value }));
                break;
            case 6 when customer is not null:
                f.Update(shop.Customers, customer, ("Tier", b), ("Orders", orders.Take(c % 4).Select(o => o.Id.Value).ToArray()));
                break;
            case 7:
                var victim = c % 2 == 0 ? customer : order;
                if (victim is not null)
                {
                    f.Engine.Records.Delete(f.Db, victim.TableId, victim.Id);
                }

                break;
        }
    }

    private static string Snapshot(TestEngine f, Shop shop) => JsonSerializer.Serialize(
        new[] { shop.Customers.Id, shop.Orders.Id }.SelectMany(t => f.Engine.Records.List(f.Db, t, new Paging(0, 200)).Items)
            .Select(r => r.Fields.OrderBy(kv => kv.Key.Value, StringComparer.Ordinal).Select(kv => $"{kv.Key}={JsonSerializer.Serialize(kv.Value)}")));

    private static void RecomputeEverything(TestEngine f)
    {
        var schema = new ComputedSchema(f.Engine.Context, new PlanCache(FormulaProgram.Compile));
        f.Engine.Context.Store(f.Db).Write(s =>
        {
            var model = schema.Model(s, f.Db);
            foreach (var table in model.Tables)
            {
                schema.Refill(s, model, [], table.Id, table.Fields.Select(x => x.Id).ToArray());
            }

            return 0;
        });
    }

    private static Shop Schema(TestEngine f)
    {
        var customers = f.Table("Customers", Field("Name", FieldTypeNames.SingleLineText), Field("Tier", FieldTypeNames.Number));
        var orders = f.Table("Orders", Field("Item", FieldTypeNames.SingleLineText), Field("Amount", FieldTypeNames.Number), Field("Qty", FieldTypeNames.Number));
        f.Engine.Fields.Add(f.Db, orders.Id, Field("Customer", FieldTypeNames.LinkedRecord, $$"""{"linkedTableId":"{{customers.Id}}"}"""));
        var total = f.Engine.Fields.Add(f.Db, orders.Id, Field("Total", FieldTypeNames.Formula, """{"formula":"{Amount} * {Qty}"}"""));
        var link = f.Engine.Tables.Get(f.Db, customers.Id).Fields.Single(x => x.Type == FieldTypeNames.LinkedRecord);
        f.Engine.Fields.Update(f.Db, customers.Id, link.Id, new FieldChanges { Name = "Orders" });
        var sum = f.Engine.Fields.Add(f.Db, customers.Id, Field("Sum", FieldTypeNames.Rollup, $$"""{"linkedRecordFieldId":"{{link.Id}}","rollupFieldId":"{{total.Id}}","function":"SUM"}"""));
        f.Engine.Fields.Add(f.Db, customers.Id, Field("Count", FieldTypeNames.Count, $$"""{"linkedRecordFieldId":"{{link.Id}}"}"""));
        f.Engine.Fields.Add(f.Db, customers.Id, Field("Items", FieldTypeNames.Lookup, $$"""{"linkedRecordFieldId":"{{link.Id}}","lookupFieldId":"{{orders.Fields[0].Id}}"}"""));
        var score = f.Engine.Fields.Add(f.Db, customers.Id, Field("Score", FieldTypeNames.Formula, """{"formula":"{Sum} + {Tier}"}"""));
        var orderLink = f.Engine.Tables.Get(f.Db, orders.Id).Fields.Single(x => x.Type == FieldTypeNames.LinkedRecord);
        f.Engine.Fields.Add(f.Db, orders.Id, Field("Customer score", FieldTypeNames.Lookup, $$"""{"linkedRecordFieldId":"{{orderLink.Id}}","lookupFieldId":"{{score.Id}}"}"""));
        _ = sum;
        return new Shop(f.Engine.Tables.Get(f.Db, customers.Id), f.Engine.Tables.Get(f.Db, orders.Id));
    }

    private sealed record Shop(Table Customers, Table Orders);
}
