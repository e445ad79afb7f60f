using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Schema;

public sealed class ViewOperationsTests
{
    [Test]
    public void List_returns_the_default_view()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();
        var table = engine.ContactsTable(database.Id);

        var page = engine.Views.List(database.Id, table.Id);

        Assert.That(page.Total, Is.EqualTo(1));
        Assert.That(page.Items.Single().TableId, Is.EqualTo(table.Id));
        Assert.That(engine.Views.Get(database.Id, table.Id, table.DefaultViewId).Id, Is.EqualTo(table.DefaultViewId));
    }

    [Test]
    public void Get_throws_not_found_for_unknown_view_or_table()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();
        var table = engine.ContactsTable(database.Id);

        Assert.That(() => engine.Views.Get(database.Id, table.Id, new ViewId("x")), SoftrThrows.Code(ErrorCode.ResourceNotFound));
        Assert.That(() => engine.Views.List(database.Id, new TableId("x")), SoftrThrows.Code(ErrorCode.ResourceNotFound));
    }
}
