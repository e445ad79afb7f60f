using System.Text.Json;
using SoftrLite.Tests.Support;
using static SoftrLite.Tests.Support.TestEngine;

namespace SoftrLite.Tests.Computed;

/// <summary>Computed values are stored and kept current by every kind of write, across tables, in dependency order.</summary>
public sealed class ComputedFieldTests
{
    [Test]
    public void Formula_is_computed_on_write_and_follows_its_inputs()
    {
        using var f = new TestEngine();
        var table = f.Table("Products", Field("Name", FieldTypeNames.SingleLineText), Field("Price", FieldTypeNames.Number));
        var gross = f.Engine.Fields.Add(f.Db, table.Id, Field("Gross", FieldTypeNames.Formula, """{"formula":"{Price} * 1.1"}"""));

        var record = f.Create(table, ("Name", "Pen"), ("Price", 100));
        var updated = f.Update(table, record, ("Price", 200));
        var cleared = f.Update(table, record, ("Price", null));

        Assert.Multiple(() =>
        {
            Assert.That(gross.Options.GetProperty("resultType").GetString(), Is.EqualTo("NUMBER"));
            Assert.That(gross.Options.GetProperty("referencedFieldIds")[0].GetString(), Is.EqualTo(table.Fields[1].Id.Value));
            Assert.That(record[gross.Id], Is.EqualTo(110d));
            Assert.That(updated[gross.Id], Is.EqualTo(220d));
            Assert.That(cleared[gross.Id], Is.Zero, "a blank reads as 0 in arithmetic");
        });
    }

    [Test]
    public void Formula_errors_read_as_error_values_and_never_throw()
    {
        using var f = new TestEngine();
        var table = f.Table("T", Field("A", FieldTypeNames.Number), Field("B", FieldTypeNames.Number));
        var ratio = f.Engine.Fields.Add(f.Db, table.Id, Field("Ratio", FieldTypeNames.Formula, """{"formula":"{A} / {B}"}"""));

        var record = f.Create(table, ("A", 1), ("B", 0));

        Assert.That(record[ratio.Id], Is.EqualTo(new FormulaError("#DIV/0!")));
        Assert.That(new Rest.RestTestClient(f.Engine).Json("GET", $"/databases/{f.Db}/tables/{table.Id}/records/{record.Id}").GetProperty("data").GetProperty("fields").GetProperty(ratio.Id.Value).GetRawText(), Is.EqualTo("""{"error":"#DIV/0!"}"""));
    }

    [Test]
    public void Adding_a_computed_field_fills_existing_records()
    {
        using var f = new TestEngine();
        var table = f.Table("T", Field("Name", FieldTypeNames.SingleLineText));
        f.Engine.Records.CreateMany(f.Db, table.Id, Enumerable.Range(0, 50).Select(i => Values(("Name", "n" + i))));

        var upper = f.Engine.Fields.Add(f.Db, table.Id, Field("Upper", FieldTypeNames.Formula, """{"formula":"UPPER({Name})"}"""));

        var records = f.Engine.Records.List(f.Db, table.Id, new Paging(0, 200)).Items;
        Assert.That(records.Select(r => r[upper.Id]), Is.EqualTo(Enumerable.Range(0, 50).Select(i => "N" + i)));
    }

    [Test]
    public void Rename_keeps_the_formula_working_and_shows_the_new_name()
    {
        using var f = new TestEngine();
        var table = f.Table("T", Field("Name", FieldTypeNames.SingleLineText), Field("Price", FieldTypeNames.Number));
        var gross = f.Engine.Fields.Add(f.Db, table.Id, Field("Gross", FieldTypeNames.Formula, """{"formula":"{Price} * 2"}"""));

        f.Engine.Fields.Update(f.Db, table.Id, table.Fields[1].Id, new FieldChanges { Name = "Unit price" });
        var record = f.Create(table, ("Unit price", 4));

        Assert.That(f.Engine.Fields.Get(f.Db, table.Id, gross.Id).Options.GetProperty("formula").GetString(), Is.EqualTo("{Unit price} * 2"));
        Assert.That(record[gross.Id], Is.EqualTo(8d));
    }

    [Test]
    public void Deleting_a_referenced_field_invalidates_and_empties_dependents_until_the_formula_is_fixed()
    {
        using var f = new TestEngine();
        var table = f.Table("T", Field("Name", FieldTypeNames.SingleLineText), Field("Price", FieldTypeNames.Number), Field("Qty", FieldTypeNames.Number));
        var total = f.Engine.Fields.Add(f.Db, table.Id, Field("Total", FieldTypeNames.Formula, """{"formula":"{Price} * {Qty}"}"""));
        var label = f.Engine.Fields.Add(f.Db, table.Id, Field("Label", FieldTypeNames.Formula, """{"formula":"{Name} & ': ' & {Total}"}"""));
        var record = f.Create(table, ("Name", "Pen"), ("Price", 3), ("Qty", 2));
        Assert.That(f.Get(table, record)[label.Id], Is.EqualTo("Pen: 6"));

        f.Engine.Fields.Delete(f.Db, table.Id, table.Fields[1].Id);
        var broken = f.Engine.Fields.Get(f.Db, table.Id, total.Id);
        var afterDelete = f.Get(table, record);

        Assert.That(broken.Options.GetProperty("isValid").GetBoolean(), Is.False);
        Assert.That(afterDelete.Fields.ContainsKey(total.Id), Is.False);
        Assert.That(afterDelete[label.Id], Is.EqualTo("Pen: "));

        f.Engine.Fields.Update(f.Db, table.Id, total.Id, new FieldChanges { Options = JsonElement.Parse("""{"formula":"{Qty} * 10"}""") });
        var fixedRecord = f.Get(table, record);
        Assert.That(f.Engine.Fields.Get(f.Db, table.Id, total.Id).Options.GetProperty("isValid").GetBoolean(), Is.True);
        Assert.That(fixedRecord[total.Id], Is.EqualTo(20d));
        Assert.That(fixedRecord[label.Id], Is.EqualTo("Pen: 20"));
    }

    [TestCase("{Nope} + 1")]
    [TestCase("NOSUCHFUNCTION(1)")]
    [TestCase("(1 + ")]
    [TestCase("IF()")]
    public void Bad_formula_is_refused_with_bad_request(string formula)
    {
        using var f = new TestEngine();
        var table = f.Table("T", Field("Name", FieldTypeNames.SingleLineText));

        Assert.That(
            () => f.Engine.Fields.Add(f.Db, table.Id, Field("F", FieldTypeNames.Formula, JsonSerializer.Serialize(new { formula }))),
            SoftrThrows.Code(ErrorCode.BadRequest));
    }

    [Test]
    public void Reference_cycles_are_refused()
    {
        using var f = new TestEngine();
        var table = f.Table("T", Field("Name", FieldTypeNames.SingleLineText));
        var a = f.Engine.Fields.Add(f.Db, table.Id, Field("A", FieldTypeNames.Formula, """{"formula":"{Name} & 'a'"}"""));
        f.Engine.Fields.Add(f.Db, table.Id, Field("B", FieldTypeNames.Formula, """{"formula":"{A} & 'b'"}"""));

        Assert.That(
            () => f.Engine.Fields.Update(f.Db, table.Id, a.Id, new FieldChanges { Options = JsonElement.Parse("""{"formula":"{B} & 'a'"}""") }),
            SoftrThrows.Code(ErrorCode.BadRequest));
        Assert.That(
            () => f.Engine.Fields.Update(f.Db, table.Id, a.Id, new FieldChanges { Options = JsonElement.Parse("""{"formula":"{A}"}""") }),
            SoftrThrows.Code(ErrorCode.BadRequest));
    }

    [Test]
    public void Lookup_rollup_and_count_follow_links_and_linked_values()
    {
        using var f = new TestEngine();
        var (customers, orders, fields) = Shop(f);
        var ada = f.Create(customers, ("Name", "Ada"));
        var o1 = f.Create(orders, ("Item", "Pen"), ("Amount", 10), ("Customer", ada.Id.Value));
        var o2 = f.Create(orders, ("Item", "Ink"), ("Amount", 5), ("Customer", ada.Id.Value));

        Assert.Multiple(() =>
        {
            var read = f.Get(customers, ada);
            Assert.That(read[fields.Items], Is.EqualTo(new object[] { "Pen", "Ink" }));
            Assert.That(read[fields.Total], Is.EqualTo(15d));
            Assert.That(read[fields.Count], Is.EqualTo(2L));
            Assert.That(read[fields.Big], Is.EqualTo(10d), "the rollup filter keeps orders over 6");
        });

        f.Update(orders, o1, ("Amount", 1), ("Item", "Pencil"));
        var afterUpdate = f.Get(customers, ada);
        Assert.That(afterUpdate[fields.Total], Is.EqualTo(6d));
        Assert.That(afterUpdate[fields.Items], Is.EqualTo(new object[] { "Pencil", "Ink" }));
        Assert.That(afterUpdate.Fields.ContainsKey(fields.Big), Is.False, "MAX over no kept orders is empty");

        f.Engine.Records.Delete(f.Db, orders.Id, o2.Id);
        var afterDelete = f.Get(customers, ada);
        Assert.That(afterDelete[fields.Total], Is.EqualTo(1d));
        Assert.That(afterDelete[fields.Count], Is.EqualTo(1L));

        f.Update(orders, o1, ("Customer", Array.Empty<string>()));
        var unlinked = f.Get(customers, ada);
        Assert.That(unlinked[fields.Total], Is.Zero, "SUM over no linked records is 0");
        Assert.That(unlinked[fields.Count], Is.EqualTo(0L));
        Assert.That(unlinked.Fields.ContainsKey(fields.Items), Is.False);
    }

    [Test]
    public void Chains_recompute_across_tables_in_dependency_order()
    {
        using var f = new TestEngine();
        var (customers, orders, fields) = Shop(f);
        // orders: a formula; customers: a rollup of it; a formula over the rollup; orders: a lookup of that formula.
        var withTax = f.Engine.Fields.Add(f.Db, orders.Id, Field("With tax", FieldTypeNames.Formula, """{"formula":"{Amount} * 2"}"""));
        var link = f.Engine.Tables.Get(f.Db, customers.Id).Fields.Single(x => x.Type == FieldTypeNames.LinkedRecord);
        var taxed = f.Engine.Fields.Add(f.Db, customers.Id, Field("Taxed", FieldTypeNames.Rollup, $$"""{"linkedRecordFieldId":"{{link.Id}}","rollupFieldId":"{{withTax.Id}}","function":"SUM"}"""));
        var band = f.Engine.Fields.Add(f.Db, customers.Id, Field("Band", FieldTypeNames.Formula, """{"formula":"IF({Taxed} > 20, 'big', 'small')"}"""));
        var orderLink = f.Engine.Tables.Get(f.Db, orders.Id).Fields.Single(x => x.Type == FieldTypeNames.LinkedRecord);
        var customerBand = f.Engine.Fields.Add(f.Db, orders.Id, Field("Customer band", FieldTypeNames.Lookup, $$"""{"linkedRecordFieldId":"{{orderLink.Id}}","lookupFieldId":"{{band.Id}}"}"""));
        var ada = f.Create(customers, ("Name", "Ada"));
        var o1 = f.Create(orders, ("Item", "Pen"), ("Amount", 5), ("Customer", ada.Id.Value));
        Assert.That(f.Get(orders, o1)[customerBand.Id], Is.EqualTo(new object[] { "small" }));

        f.Update(orders, o1, ("Amount", 50));

        Assert.That(f.Get(customers, ada)[taxed.Id], Is.EqualTo(100d));
        Assert.That(f.Get(orders, o1)[customerBand.Id], Is.EqualTo(new object[] { "big" }));
        _ = fields;
    }

    [Test]
    public void Computed_fields_can_be_filtered_and_sorted_by_their_result_type()
    {
        using var f = new TestEngine();
        var (customers, orders, fields) = Shop(f);
        foreach (var (name, amounts) in new[] { ("Ada", new[] { 10, 20 }), ("Bob", new[] { 1 }), ("Cy", new int[0]) })
        {
            var customer = f.Create(customers, ("Name", name));
            foreach (var amount in amounts)
            {
                f.Create(orders, ("Item", "x"), ("Amount", amount), ("Customer", customer.Id.Value));
            }
        }

        var rich = f.Engine.Records.Search(f.Db, customers.Id, new RecordQuery
        {
            Filter = FilterCondition.Compare("Total", FilterOperator.GreaterThan, 0),
            Sort = [new SortKey("Total", SortDirection.Descending)],
        });
        var withPen = f.Engine.Records.Search(f.Db, customers.Id, new RecordQuery { Filter = FilterCondition.Compare("Items", FilterOperator.HasAnyOf, new[] { "X" }) });

        Assert.That(rich.Items.Select(r => r[customers.Fields[0].Id]), Is.EqualTo(new[] { "Ada", "Bob" }));
        Assert.That(withPen.Total, Is.EqualTo(2));
        _ = fields;
    }

    private static (Table Customers, Table Orders, (FieldId Items, FieldId Total, FieldId Count, FieldId Big) Fields) Shop(TestEngine f)
    {
        var customers = f.Table("Customers", Field("Name", FieldTypeNames.SingleLineText));
        var orders = f.Table("Orders", Field("Item", FieldTypeNames.SingleLineText), Field("Amount", FieldTypeNames.Number));
        var customer = f.Engine.Fields.Add(f.Db, orders.Id, Field("Customer", FieldTypeNames.LinkedRecord, $$"""{"linkedTableId":"{{customers.Id}}"}"""));
        var link = f.Engine.Tables.Get(f.Db, customers.Id).Fields.Single(x => x.Type == FieldTypeNames.LinkedRecord);
        orders = f.Engine.Tables.Get(f.Db, orders.Id);
        var item = orders.Fields[0].Id;
        var amount = orders.Fields[1].Id;
        var items = f.Engine.Fields.Add(f.Db, customers.Id, Field("Items", FieldTypeNames.Lookup, $$"""{"linkedRecordFieldId":"{{link.Id}}","lookupFieldId":"{{item}}"}"""));
        var total = f.Engine.Fields.Add(f.Db, customers.Id, Field("Total", FieldTypeNames.Rollup, $$"""{"linkedRecordFieldId":"{{link.Id}}","rollupFieldId":"{{amount}}","function":"SUM"}"""));
        var count = f.Engine.Fields.Add(f.Db, customers.Id, Field("Orders", FieldTypeNames.Count, $$"""{"linkedRecordFieldId":"{{link.Id}}"}"""));
        var big = f.Engine.Fields.Add(f.Db, customers.Id, Field("Big", FieldTypeNames.Rollup, $$$"""{"linkedRecordFieldId":"{{{link.Id}}}","rollupFieldId":"{{{amount}}}","function":"MAX","filter":{"operator":"GREATER_THAN","leftSide":"{{{amount}}}","rightSide":6}}"""));
        _ = customer;
        return (f.Engine.Tables.Get(f.Db, customers.Id), orders, (items.Id, total.Id, count.Id, big.Id));
    }
}
