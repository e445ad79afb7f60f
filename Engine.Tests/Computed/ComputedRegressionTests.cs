using System.Text.Json;
using SoftrLite.Tests.Support;
using static SoftrLite.Tests.Support.TestEngine;

namespace SoftrLite.Tests.Computed;

/// <summary>Cases a review found: table deletes, formulas over link labels, views across renames.</summary>
public sealed class ComputedRegressionTests
{
    [Test]
    public void Force_deleting_a_linked_table_invalidates_and_empties_what_read_through_the_link()
    {
        using var f = new TestEngine();
        var b = f.Table("B", Field("Name", FieldTypeNames.SingleLineText));
        var a = f.Table("A", Field("Name", FieldTypeNames.SingleLineText));
        var link = f.Engine.Fields.Add(f.Db, a.Id, Field("L", FieldTypeNames.LinkedRecord, JsonSerializer.Serialize(new { linkedTableId = b.Id.Value })));
        var lookup = f.Engine.Fields.Add(f.Db, a.Id, Field("LK", FieldTypeNames.Lookup, JsonSerializer.Serialize(new { linkedRecordFieldId = link.Id.Value, lookupFieldId = b.Fields[0].Id.Value })));
        var formula = f.Engine.Fields.Add(f.Db, a.Id, Field("FX", FieldTypeNames.Formula, """{"formula":"ARRAYJOIN({LK}) & '!'"}"""));
        var bee = f.Create(b, ("Name", "bee"));
        var record = f.Create(a, ("Name", "a"), ("L", bee.Id.Value));
        Assert.That(record[formula.Id], Is.EqualTo("bee!"));

        f.Engine.Tables.Delete(f.Db, b.Id, DeleteMode.Force);

        var after = f.Get(a, record);
        Assert.Multiple(() =>
        {
            Assert.That(f.Engine.Fields.Get(f.Db, a.Id, lookup.Id).Options.GetProperty("isValid").GetBoolean(), Is.False);
            Assert.That(after.Fields.ContainsKey(lookup.Id), Is.False);
            Assert.That(after[formula.Id], Is.EqualTo("!"));
        });
    }

    [Test]
    public void A_formula_over_a_link_follows_the_linked_records_primary_field()
    {
        using var f = new TestEngine();
        var b = f.Table("B", Field("Name", FieldTypeNames.SingleLineText));
        var a = f.Table("A", Field("Name", FieldTypeNames.SingleLineText));
        f.Engine.Fields.Add(f.Db, a.Id, Field("L", FieldTypeNames.LinkedRecord, JsonSerializer.Serialize(new { linkedTableId = b.Id.Value })));
        var formula = f.Engine.Fields.Add(f.Db, a.Id, Field("F", FieldTypeNames.Formula, """{"formula":"ARRAYJOIN({L}) & '!'"}"""));
        var old = f.Create(b, ("Name", "old"));
        var record = f.Create(a, ("Name", "a"), ("L", old.Id.Value));

        f.Update(b, old, ("Name", "new"));

        Assert.That(f.Get(a, record)[formula.Id], Is.EqualTo("new!"));
    }

    [Test]
    public void A_view_keeps_working_when_the_field_it_filters_and_sorts_on_is_renamed()
    {
        using var f = new TestEngine();
        var table = f.Table("T", Field("Name", FieldTypeNames.SingleLineText), Field("N", FieldTypeNames.Number));
        f.Create(table, ("Name", "low"), ("N", 1));
        f.Create(table, ("Name", "high"), ("N", 5));
        var view = f.Engine.Views.Create(f.Db, table.Id, new NewView("V")
        {
            Filter = FilterCondition.Compare("N", FilterOperator.GreaterThan, 2),
            Sort = [new SortKey("N", SortDirection.Descending)],
        });

        f.Engine.Fields.Update(f.Db, table.Id, table.Fields[1].Id, new FieldChanges { Name = "N2" });
        f.Engine.Fields.Update(f.Db, table.Id, table.Fields[0].Id, new FieldChanges { Name = "N" });

        var page = f.Engine.Records.List(f.Db, table.Id, viewId: view.Id);
        Assert.That(page.Items.Select(r => r[table.Fields[0].Id]), Is.EqualTo(new[] { "high" }));
        Assert.That(f.Engine.Views.Get(f.Db, table.Id, view.Id).Filter!.LeftSide, Is.EqualTo(table.Fields[1].Id.Value));
    }

    [Test]
    public void A_rollup_filter_saved_by_name_survives_a_rename_and_an_unknown_field_is_refused()
    {
        using var f = new TestEngine();
        var orders = f.Table("Orders", Field("Item", FieldTypeNames.SingleLineText), Field("Amount", FieldTypeNames.Number));
        var customers = f.Table("Customers", Field("Name", FieldTypeNames.SingleLineText));
        var link = f.Engine.Fields.Add(f.Db, customers.Id, Field("Orders", FieldTypeNames.LinkedRecord, JsonSerializer.Serialize(new { linkedTableId = orders.Id.Value })));
        var filter = new { @operator = "GREATER_THAN", leftSide = "Amount", rightSide = 5 };
        var big = f.Engine.Fields.Add(f.Db, customers.Id, Field("Big", FieldTypeNames.Rollup, JsonSerializer.Serialize(new { linkedRecordFieldId = link.Id.Value, rollupFieldId = orders.Fields[1].Id.Value, function = "SUM", filter })));
        var order = f.Create(orders, ("Item", "x"), ("Amount", 10));
        var customer = f.Create(customers, ("Name", "c"), ("Orders", order.Id.Value));

        f.Engine.Fields.Update(f.Db, orders.Id, orders.Fields[1].Id, new FieldChanges { Name = "Total" });
        f.Update(orders, order, ("Total", 20));

        Assert.That(f.Get(customers, customer)[big.Id], Is.EqualTo(20d));
        Assert.That(
            () => f.Engine.Fields.Add(f.Db, customers.Id, Field("Bad", FieldTypeNames.Rollup, JsonSerializer.Serialize(new { linkedRecordFieldId = link.Id.Value, rollupFieldId = orders.Fields[1].Id.Value, function = "SUM", filter = new { @operator = "IS", leftSide = "Nope", rightSide = 1 } }))),
            SoftrThrows.Code(ErrorCode.BadRequest));
    }
}
