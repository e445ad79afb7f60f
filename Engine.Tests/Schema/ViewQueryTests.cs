using System.Text.Json;
using SoftrLite.Tests.Rest;
using SoftrLite.Tests.Support;
using static SoftrLite.Tests.Support.TestEngine;

namespace SoftrLite.Tests.Schema;

public sealed class ViewQueryTests
{
    [Test]
    public void Records_listed_through_a_view_follow_its_filter_and_sort_in_csharp_and_rest()
    {
        using var f = new TestEngine();
        var table = f.Table("People", Field("Name", FieldTypeNames.SingleLineText), Field("Age", FieldTypeNames.Number));
        foreach (var (name, age) in new[] { ("Ada", 36), ("Grace", 45), ("Alan", 41), ("Barbara", 30) })
        {
            f.Create(table, ("Name", name), ("Age", age));
        }

        var view = f.Engine.Views.Create(f.Db, table.Id, new NewView("Over 40")
        {
            Filter = FilterCondition.Compare("Age", FilterOperator.GreaterThan, 40),
            Sort = [new SortKey("Age", SortDirection.Descending)],
        });

        var page = f.Engine.Records.List(f.Db, table.Id, viewId: view.Id);
        var rest = new RestTestClient(f.Engine).Json("GET", $"/databases/{f.Db}/tables/{table.Id}/records?viewId={view.Id}&fieldNames=true");

        Assert.Multiple(() =>
        {
            Assert.That(page.Items.Select(r => r[table.Fields[0].Id]), Is.EqualTo(new[] { "Grace", "Alan" }));
            Assert.That(page.Total, Is.EqualTo(2));
            Assert.That(rest.GetProperty("data").EnumerateArray().Select(r => r.GetProperty("fields").GetProperty("Name").GetString()), Is.EqualTo(new[] { "Grace", "Alan" }));
            Assert.That(f.Engine.Views.Get(f.Db, table.Id, view.Id).Filter!.Operator, Is.EqualTo(FilterOperator.GreaterThan));
            Assert.That(f.Engine.Views.List(f.Db, table.Id).Total, Is.EqualTo(2));
        });
    }

    [Test]
    public void Update_changes_or_removes_the_saved_filter_and_delete_refuses_the_default_view()
    {
        using var f = new TestEngine();
        var table = f.Table("People", Field("Name", FieldTypeNames.SingleLineText), Field("Age", FieldTypeNames.Number));
        f.Create(table, ("Name", "Ada"), ("Age", 36));
        f.Create(table, ("Name", "Bob"), ("Age", 12));
        var view = f.Engine.Views.Create(f.Db, table.Id, new NewView("Adults") { Filter = FilterCondition.Compare("Age", FilterOperator.GreaterThanOrEquals, 18) });

        var renamed = f.Engine.Views.Update(f.Db, table.Id, view.Id, new ViewChanges { Name = "Grown-ups" });
        Assert.That(renamed.Filter, Is.Not.Null);
        Assert.That(f.Engine.Records.List(f.Db, table.Id, viewId: view.Id).Total, Is.EqualTo(1));

        var all = f.Engine.Views.Update(f.Db, table.Id, view.Id, new ViewChanges { Filter = FilterCondition.And(), Sort = [new SortKey("Age")] });
        Assert.That(all.Filter, Is.Null);
        Assert.That(f.Engine.Records.List(f.Db, table.Id, viewId: view.Id).Items.Select(r => r[table.Fields[0].Id]), Is.EqualTo(new[] { "Bob", "Ada" }));

        Assert.That(() => f.Engine.Views.Delete(f.Db, table.Id, table.DefaultViewId), SoftrThrows.Code(ErrorCode.BadRequest));
        f.Engine.Views.Delete(f.Db, table.Id, view.Id);
        Assert.That(() => f.Engine.Records.List(f.Db, table.Id, viewId: view.Id), SoftrThrows.Code(ErrorCode.ResourceNotFound));
    }

    [Test]
    public void Create_refuses_a_filter_that_cannot_run()
    {
        using var f = new TestEngine();
        var table = f.Table("People", Field("Name", FieldTypeNames.SingleLineText), Field("Ok", FieldTypeNames.Checkbox));

        Assert.Multiple(() =>
        {
            Assert.That(() => f.Engine.Views.Create(f.Db, table.Id, new NewView("V") { Filter = FilterCondition.Compare("Nope", FilterOperator.Is, 1) }), SoftrThrows.Code(ErrorCode.UnknownField));
            Assert.That(() => f.Engine.Views.Create(f.Db, table.Id, new NewView("V") { Filter = FilterCondition.Compare("Ok", FilterOperator.Contains, "x") }), SoftrThrows.Code(ErrorCode.BadRequest));
            Assert.That(() => f.Engine.Views.Create(f.Db, table.Id, new NewView("V") { Sort = [new SortKey("Nope")] }), SoftrThrows.Code(ErrorCode.UnknownField));
        });
        Assert.That(f.Engine.Views.List(f.Db, table.Id).Total, Is.EqualTo(1));
    }

    [Test]
    public void Rest_has_no_endpoint_to_write_views()
    {
        using var f = new TestEngine();
        var table = f.Table("People", Field("Name", FieldTypeNames.SingleLineText));
        var client = new RestTestClient(f.Engine);

        var response = client.Send("POST", $"/databases/{f.Db}/tables/{table.Id}/views", JsonSerializer.Serialize(new { name = "V" }));

        Assert.That(response.Status, Is.EqualTo(404));
    }
}
