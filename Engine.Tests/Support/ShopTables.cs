using static SoftrLite.Tests.Support.TestEngine;

namespace SoftrLite.Tests.Support;

/// <summary>
/// Orders linked to customers, with a formula (Total = Qty × 2) on orders and a rollup (Spent = SUM of Total) on
/// customers, and one order of Ada's: a write to it moves values in both tables.
/// </summary>
internal static class ShopTables
{
    public static (Table Orders, Table Customers, Record Order) Create(TestEngine f)
    {
        var customers = f.Table("Customers", Field("Name", FieldTypeNames.SingleLineText));
        var orders = f.Table("Orders", Field("Item", FieldTypeNames.SingleLineText), Field("Qty", FieldTypeNames.Number));
        f.Engine.Fields.Add(f.Db, orders.Id, Field("Customer", FieldTypeNames.LinkedRecord, $$"""{"linkedTableId":"{{customers.Id}}"}"""));
        f.Engine.Fields.Add(f.Db, orders.Id, Field("Total", FieldTypeNames.Formula, """{"formula":"{Qty} * 2"}"""));
        orders = f.Engine.Tables.Get(f.Db, orders.Id);
        var link = f.Engine.Tables.Get(f.Db, customers.Id).Fields.Single(x => x.Type == FieldTypeNames.LinkedRecord);
        var total = orders.Fields.Single(x => x.Name == "Total");
        f.Engine.Fields.Add(f.Db, customers.Id, Field("Spent", FieldTypeNames.Rollup, $$"""{"linkedRecordFieldId":"{{link.Id}}","rollupFieldId":"{{total.Id}}","function":"SUM"}"""));
        var ada = f.Create(customers, ("Name", "Ada"));
        var order = f.Create(orders, ("Item", "Pen"), ("Qty", 3), ("Customer", new[] { ada.Id.Value }));
        return (orders, f.Engine.Tables.Get(f.Db, customers.Id), order);
    }
}
