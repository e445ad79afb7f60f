using CsCheck;
using SoftrLite.Tests.Support;
using static SoftrLite.Tests.Support.TestEngine;

namespace SoftrLite.Tests.Journal;

/// <summary>
/// Random sequences of writes (creates, batches, updates, link changes, deletes) on two linked tables with a formula, a
/// rollup and a count; undoing all of them gives back the data as it was at the start, row for row, and redoing all of
/// them gives back the data as it was at the end.
/// </summary>
public sealed class JournalDifferentialTests
{
    private static readonly Gen<string> Names = Gen.OneOf(Gen.String[Gen.Char.AlphaNumeric, 0, 8], Gen.Const(""), Gen.Const("Ada"));

    private static readonly Gen<Op> Ops = Gen.OneOf<Op>(
        Names.Select(name => (Op)new CreateCustomer(name)),
        Gen.Select(Names, Gen.Int[-5, 50], Gen.Int[0, 9].Array[0, 3], (item, qty, links) => (Op)new CreateOrders([(item, qty, links)])),
        Gen.Select(Names, Gen.Int[-5, 50], Gen.Int[0, 9].Array[0, 3], (item, qty, links) => (item, qty, links)).Array[2, 4].Select(items => (Op)new CreateOrders(items)),
        Gen.Select(Gen.Int[0, 9], Gen.Int[-6, 50], (order, qty) => (Op)new UpdateOrder(order, qty == -6 ? null : qty)),
        Gen.Select(Gen.Int[0, 9], Gen.Int[0, 9].Array[0, 3], (order, links) => (Op)new LinkOrder(order, links)),
        Gen.Select(Gen.Int[0, 9], Names, (customer, name) => (Op)new RenameCustomer(customer, name)),
        Gen.Int[0, 9].Select(order => (Op)new DeleteOrder(order)),
        Gen.Int[0, 9].Select(customer => (Op)new DeleteCustomer(customer)));

    [Test]
    public void Undo_of_every_write_restores_the_start_and_redo_of_every_write_restores_the_end()
    {
        Ops.Array[1, 25].Sample(
            ops =>
            {
                using var f = new TestEngine(new SoftrEngineOptions { IdSeed = 11, Journal = new JournalOptions { Mode = JournalMode.On } });
                var shop = Shop.Create(f);
                var start = DataDump.Of(f.Engine, f.Db);
                var writes = ops.Count(op => shop.Apply(op));
                var end = DataDump.Of(f.Engine, f.Db);

                for (var i = 0; i < writes; i++)
                {
                    f.Engine.History.Undo(f.Db);
                }

                var undone = DataDump.Of(f.Engine, f.Db);
                var canUndoMore = f.Engine.History.CanUndo(f.Db);
                for (var i = 0; i < writes; i++)
                {
                    f.Engine.History.Redo(f.Db);
                }

                var redone = DataDump.Of(f.Engine, f.Db);
                return undone == start && !canUndoMore && redone == end && !f.Engine.History.CanRedo(f.Db);
            },
            iter: 60,
            print: ops => string.Join("; ", ops.Select(op => op.ToString())));
    }

    private abstract record Op;

    private sealed record CreateCustomer(string Name) : Op;

    private sealed record CreateOrders((string Item, int Qty, int[] Links)[] Items) : Op
    {
        public override string ToString() => "CreateOrders(" + string.Join(", ", Items.Select(i => $"{i.Item}/{i.Qty}/[{string.Join(",", i.Links)}]")) + ")";
    }

    private sealed record UpdateOrder(int Order, int? Qty) : Op;

    private sealed record LinkOrder(int Order, int[] Customers) : Op
    {
        public override string ToString() => $"LinkOrder({Order}, [{string.Join(",", Customers)}])";
    }

    private sealed record RenameCustomer(int Customer, string Name) : Op;

    private sealed record DeleteOrder(int Order) : Op;

    private sealed record DeleteCustomer(int Customer) : Op;

    /// <summary>Orders linking customers; an order's Total is a formula, a customer's Spent a rollup of it and Orders a count.</summary>
    private sealed class Shop(TestEngine f, Table orders, Table customers)
    {
        private readonly List<RecordId> _orders = [];
        private readonly List<RecordId> _customers = [];

        public static Shop Create(TestEngine f)
        {
            var customers = f.Table("Customers", Field("Name", FieldTypeNames.SingleLineText));
            var orders = f.Table("Orders", Field("Item", FieldTypeNames.SingleLineText), Field("Qty", FieldTypeNames.Number));
            f.Engine.Fields.Add(f.Db, orders.Id, Field("Customer", FieldTypeNames.LinkedRecord, $$"""{"linkedTableId":"{{customers.Id}}"}"""));
            f.Engine.Fields.Add(f.Db, orders.Id, Field("Total", FieldTypeNames.Formula, """{"formula":"{Qty} * 2 & {Item}"}"""));
            orders = f.Engine.Tables.Get(f.Db, orders.Id);
            var link = f.Engine.Tables.Get(f.Db, customers.Id).Fields.Single(x => x.Type == FieldTypeNames.LinkedRecord);
            var qty = orders.Fields.Single(x => x.Name == "Qty");
            f.Engine.Fields.Add(f.Db, customers.Id, Field("Spent", FieldTypeNames.Rollup, $$"""{"linkedRecordFieldId":"{{link.Id}}","rollupFieldId":"{{qty.Id}}","function":"SUM"}"""));
            f.Engine.Fields.Add(f.Db, customers.Id, Field("Orders", FieldTypeNames.Count, $$"""{"linkedRecordFieldId":"{{link.Id}}"}"""));
            return new Shop(f, orders, f.Engine.Tables.Get(f.Db, customers.Id));
        }

        /// <summary>Applies an operation; <see langword="false"/> when it wrote nothing (nothing to name, or a refused value).</summary>
        public bool Apply(Op op)
        {
            try
            {
                switch (op)
                {
                    case CreateCustomer c:
                        _customers.Add(f.Create(customers, ("Name", c.Name)).Id);
                        return true;
                    case CreateOrders c:
                        var created = f.Engine.Records.CreateMany(f.Db, orders.Id, c.Items.Select(i => Values(("Item", i.Item), ("Qty", i.Qty), ("Customer", Pick(_customers, i.Links)))));
                        _orders.AddRange(created.Select(r => r.Id));
                        return true;
                    case UpdateOrder u when _orders.Count > 0:
                        f.Engine.Records.Update(f.Db, orders.Id, _orders[u.Order % _orders.Count], Values(("Qty", u.Qty)));
                        return true;
                    case LinkOrder l when _orders.Count > 0:
                        f.Engine.Records.Update(f.Db, orders.Id, _orders[l.Order % _orders.Count], Values(("Customer", Pick(_customers, l.Customers))));
                        return true;
                    case RenameCustomer r when _customers.Count > 0:
                        f.Engine.Records.Update(f.Db, customers.Id, _customers[r.Customer % _customers.Count], Values(("Name", r.Name)));
                        return true;
                    case DeleteOrder d when _orders.Count > 0:
                        var order = _orders[d.Order % _orders.Count];
                        f.Engine.Records.Delete(f.Db, orders.Id, order);
                        _orders.Remove(order);
                        return true;
                    case DeleteCustomer d when _customers.Count > 0:
                        var customer = _customers[d.Customer % _customers.Count];
                        f.Engine.Records.Delete(f.Db, customers.Id, customer);
                        _customers.Remove(customer);
                        return true;
                    default:
                        return false;
                }
            }
            catch (SoftrException error) when (error.Code == ErrorCode.ValidationError)
            {
                return false;
            }
        }

        private static string[] Pick(List<RecordId> ids, int[] picks) =>
            ids.Count == 0 ? [] : picks.Select(p => ids[p % ids.Count].Value).Distinct().ToArray();
    }
}
