using SoftrLite.Tests.Support;
using static SoftrLite.Tests.Support.TestEngine;

namespace SoftrLite.Tests.Schema;

/// <summary><see cref="DatabaseOperations.Check"/> finds stale computed values and broken links, and changes nothing.</summary>
public sealed class DatabaseCheckTests
{
    [Test]
    public void Check_finds_nothing_in_a_database_kept_by_the_engine()
    {
        using var f = new TestEngine();
        Shop(f);
        var before = f.Dump();

        var health = f.Engine.Databases.Check(f.Db);

        Assert.Multiple(() =>
        {
            Assert.That(health.Problems, Is.Empty);
            Assert.That(health.IsHealthy, Is.True);
            Assert.That(f.Dump(), Is.EqualTo(before));
        });
    }

    [Test]
    public void Check_names_a_stored_computed_value_that_differs_from_a_recomputation_and_changes_nothing()
    {
        using var f = new TestEngine();
        var (orders, _, order) = Shop(f);
        var total = orders.Fields.Single(x => x.Name == "Total");
        // A computed column is ANY on SQLite and jsonb on PostgreSQL.
        Tamper(f, $"UPDATE t{TableNum(f, orders)} SET f{FieldNum(f, total)} = {(TestBackend.IsPostgres ? "'999'::jsonb" : "999")} WHERE _id = '{order.Id}'");
        var before = f.Dump();

        var health = f.Engine.Databases.Check(f.Db);

        Assert.Multiple(() =>
        {
            Assert.That(health.IsHealthy, Is.False);
            Assert.That(health.Problems, Has.Some.Contains("'Total'").And.Contains(order.Id.Value).And.Contains("999"));
            Assert.That(f.Dump(), Is.EqualTo(before));
        });
    }

    [Test]
    public void Check_names_link_rows_that_point_at_missing_records()
    {
        using var f = new TestEngine();
        var (orders, _, _) = Shop(f);
        var junction = f.Engine.Context.Store(f.Db).Read(s => DataDump.Tables(s.Connection, everyTable: false).First(name => name.StartsWith('l')));
        Tamper(f, $"INSERT INTO \"{junction}\"(a, b) VALUES (424242, 434343)");

        var health = f.Engine.Databases.Check(f.Db);

        Assert.That(health.Problems, Has.Some.Contains("do not exist"));
    }

    private static (Table Orders, Table Customers, Record Order) Shop(TestEngine f)
    {
        var customers = f.Table("Customers", Field("Name", FieldTypeNames.SingleLineText));
        var orders = f.Table("Orders", Field("Item", FieldTypeNames.SingleLineText), Field("Amount", FieldTypeNames.Number), Field("Qty", FieldTypeNames.Number));
        f.Engine.Fields.Add(f.Db, orders.Id, Field("Customer", FieldTypeNames.LinkedRecord, $$"""{"linkedTableId":"{{customers.Id}}"}"""));
        f.Engine.Fields.Add(f.Db, orders.Id, Field("Total", FieldTypeNames.Formula, """{"formula":"{Amount} * {Qty}"}"""));
        f.Engine.Fields.Add(f.Db, orders.Id, Field("Stamp", FieldTypeNames.Formula, """{"formula":"NOW()"}"""));
        orders = f.Engine.Tables.Get(f.Db, orders.Id);
        var link = f.Engine.Tables.Get(f.Db, customers.Id).Fields.Single(x => x.Type == FieldTypeNames.LinkedRecord);
        var total = orders.Fields.Single(x => x.Name == "Total");
        f.Engine.Fields.Add(f.Db, customers.Id, Field("Spent", FieldTypeNames.Rollup, $$"""{"linkedRecordFieldId":"{{link.Id}}","rollupFieldId":"{{total.Id}}","function":"SUM"}"""));
        var ada = f.Create(customers, ("Name", "Ada"));
        var order = f.Create(orders, ("Item", "Pen"), ("Amount", 2), ("Qty", 3), ("Customer", new[] { ada.Id.Value }));
        f.Create(orders, ("Item", "Ink"), ("Amount", 5), ("Qty", 1), ("Customer", new[] { ada.Id.Value }));
        return (orders, f.Engine.Tables.Get(f.Db, customers.Id), order);
    }

    private static void Tamper(TestEngine f, string sql) => f.Engine.Context.Store(f.Db).Write(s =>
    {
        using var command = s.Connection.CreateCommand();
        command.Transaction = s.Transaction;
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    });

    private static long TableNum(TestEngine f, Table table) =>
        f.Engine.Context.Store(f.Db).Read(s => SoftrLite.Storage.DatabaseStore.GetTable(s, table.Id)!.Num);

    private static long FieldNum(TestEngine f, Field field) =>
        f.Engine.Context.Store(f.Db).Read(s => SoftrLite.Storage.DatabaseStore.ListFields(s).Single(r => r.Id == field.Id.Value).Num);
}
