using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Schema;

public sealed class DatabaseOperationsTests
{
    [Test]
    public void Create_returns_database_with_uuid_and_timestamps()
    {
        using var engine = TestEngine.Open();
        var workspace = engine.Workspaces.Default;

        var database = engine.Databases.Create(workspace.Id, "  CRM  ", "Customers");

        Assert.Multiple(() =>
        {
            Assert.That(Guid.TryParse(database.Id.Value, out _), Is.True);
            Assert.That(database.Name, Is.EqualTo("CRM"));
            Assert.That(database.Description, Is.EqualTo("Customers"));
            Assert.That(database.WorkspaceId, Is.EqualTo(workspace.Id));
            Assert.That(database.TablesCount, Is.Zero);
            Assert.That(database.UpdatedAt, Is.EqualTo(database.CreatedAt));
        });
    }

    [TestCase("")]
    [TestCase("   ")]
    public void Create_throws_bad_request_when_name_is_empty(string name)
    {
        using var engine = TestEngine.Open();
        Assert.That(() => engine.Databases.Create(engine.Workspaces.Default.Id, name), SoftrThrows.Code(ErrorCode.BadRequest));
    }

    [Test]
    public void Create_throws_bad_request_when_name_is_longer_than_255_characters()
    {
        using var engine = TestEngine.Open();
        Assert.That(() => engine.Databases.Create(engine.Workspaces.Default.Id, new string('x', 256)), SoftrThrows.Code(ErrorCode.BadRequest));
        Assert.That(engine.Databases.Create(engine.Workspaces.Default.Id, new string('x', 255)).Name, Has.Length.EqualTo(255));
    }

    [Test]
    public void Names_and_descriptions_holding_u0000_are_refused_and_nothing_is_made()
    {
        using var f = new TestEngine();
        var table = f.Table("T", TestEngine.Field("Name", FieldTypeNames.SingleLineText));

        Assert.Multiple(() =>
        {
            Assert.That(() => f.Engine.Databases.Create(f.Engine.Workspaces.Default.Id, "nul\0name"), SoftrThrows.Code(ErrorCode.BadRequest));
            Assert.That(() => f.Engine.Tables.Create(f.Db, new NewTable("nul\0name")), SoftrThrows.Code(ErrorCode.BadRequest));
            Assert.That(() => f.Engine.Tables.Create(f.Db, new NewTable("T2") { Description = "a\0b" }), SoftrThrows.Code(ErrorCode.BadRequest));
            Assert.That(() => f.Engine.Fields.Add(f.Db, table.Id, TestEngine.Field("nul\0name", FieldTypeNames.Number)), SoftrThrows.Code(ErrorCode.BadRequest));
            Assert.That(f.Engine.Tables.List(f.Db, Paging.Default).Items.Select(t => t.Name), Is.EqualTo(new[] { "T" }));
            Assert.That(f.Engine.Tables.Get(f.Db, table.Id).Fields, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void Create_throws_not_found_when_workspace_is_unknown()
    {
        using var engine = TestEngine.Open();
        Assert.That(() => engine.Databases.Create(new WorkspaceId("nope"), "CRM"), SoftrThrows.Code(ErrorCode.ResourceNotFound));
        Assert.That(engine.Databases.List().Total, Is.Zero);
    }

    [Test]
    public void Create_throws_quota_exceeded_when_workspace_is_full()
    {
        using var engine = TestEngine.Open(quotas: new SoftrQuotas { DatabasesPerWorkspace = 2 });
        engine.NewDatabase("A");
        engine.NewDatabase("B");

        Assert.That(() => engine.NewDatabase("C"), SoftrThrows.Code(ErrorCode.QuotaExceeded));
        var other = engine.Workspaces.Create("Other");
        Assert.That(engine.Databases.Create(other.Id, "C").Name, Is.EqualTo("C"));
    }

    [Test]
    public void Get_throws_not_found_when_database_is_unknown()
    {
        using var engine = TestEngine.Open();
        Assert.That(() => engine.Databases.Get(new DatabaseId(Guid.Empty.ToString())), SoftrThrows.Code(ErrorCode.ResourceNotFound));
    }

    [Test]
    public void Get_counts_tables()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();
        engine.ContactsTable(database.Id);
        engine.Tables.Create(database.Id, new NewTable("Companies"));

        Assert.That(engine.Databases.Get(database.Id).TablesCount, Is.EqualTo(2));
    }

    [Test]
    public void List_pages_in_creation_order_and_caps_limit()
    {
        using var engine = TestEngine.Open();
        var names = Enumerable.Range(0, 5).Select(i => "D" + i).ToArray();
        foreach (var name in names)
        {
            engine.NewDatabase(name);
        }

        var page = engine.Databases.List(new Paging(1, 2));
        var capped = engine.Databases.List(new Paging(0, 1000));

        Assert.Multiple(() =>
        {
            Assert.That(page.Items.Select(d => d.Name), Is.EqualTo(new[] { "D1", "D2" }));
            Assert.That(page.Total, Is.EqualTo(5));
            Assert.That(page.Offset, Is.EqualTo(1));
            Assert.That(capped.Limit, Is.EqualTo(Paging.MaxLimit));
            Assert.That(capped.Items, Has.Count.EqualTo(5));
            Assert.That(engine.Databases.List().Limit, Is.EqualTo(20));
        });
    }

    [TestCase(-1, 10)]
    [TestCase(0, -1)]
    public void List_throws_bad_request_when_paging_is_negative(int offset, int limit)
    {
        using var engine = TestEngine.Open();
        Assert.That(() => engine.Databases.List(new Paging(offset, limit)), SoftrThrows.Code(ErrorCode.BadRequest));
    }

    [Test]
    public void List_filters_by_workspace()
    {
        using var engine = TestEngine.Open();
        engine.NewDatabase("Mine");
        var other = engine.Workspaces.Create("Other");
        engine.Databases.Create(other.Id, "Theirs");

        var page = engine.Databases.List(workspaceId: other.Id);

        Assert.That(page.Items.Select(d => d.Name), Is.EqualTo(new[] { "Theirs" }));
        Assert.That(page.Total, Is.EqualTo(1));
    }

    [Test]
    public void Update_changes_only_what_is_given()
    {
        using var engine = TestEngine.Open();
        var database = engine.Databases.Create(engine.Workspaces.Default.Id, "CRM", "Customers");

        var renamed = engine.Databases.Update(database.Id, name: "CRM 2");
        var cleared = engine.Databases.Update(database.Id, description: "");

        Assert.Multiple(() =>
        {
            Assert.That(renamed.Name, Is.EqualTo("CRM 2"));
            Assert.That(renamed.Description, Is.EqualTo("Customers"));
            Assert.That(cleared.Name, Is.EqualTo("CRM 2"));
            Assert.That(cleared.Description, Is.Null);
        });
    }

    [Test]
    public void Update_throws_not_found_when_database_is_unknown()
    {
        using var engine = TestEngine.Open();
        Assert.That(() => engine.Databases.Update(new DatabaseId("x"), "Y"), SoftrThrows.Code(ErrorCode.ResourceNotFound));
    }

    [Test]
    public void Update_throws_bad_request_when_name_is_blank()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();
        Assert.That(() => engine.Databases.Update(database.Id, " "), SoftrThrows.Code(ErrorCode.BadRequest));
        Assert.That(engine.Databases.Get(database.Id).Name, Is.EqualTo("CRM"));
    }

    [Test]
    public void Delete_throws_bad_request_when_database_holds_tables_unless_forced()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();
        engine.ContactsTable(database.Id);

        Assert.That(() => engine.Databases.Delete(database.Id), SoftrThrows.Code(ErrorCode.BadRequest));
        Assert.That(engine.Databases.Get(database.Id).TablesCount, Is.EqualTo(1));

        engine.Databases.Delete(database.Id, DeleteMode.Force);
        Assert.That(() => engine.Databases.Get(database.Id), SoftrThrows.Code(ErrorCode.ResourceNotFound));
    }

    [Test]
    public void Delete_removes_empty_database()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();

        engine.Databases.Delete(database.Id);

        Assert.That(engine.Databases.List().Total, Is.Zero);
        Assert.That(() => engine.Databases.Delete(database.Id), SoftrThrows.Code(ErrorCode.ResourceNotFound));
    }
}
