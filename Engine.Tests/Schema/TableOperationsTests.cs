using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Schema;

public sealed class TableOperationsTests
{
    [Test]
    public void Create_makes_first_listed_field_primary_and_a_default_view()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();

        var table = engine.ContactsTable(database.Id);

        Assert.Multiple(() =>
        {
            Assert.That(table.Id.Value, Does.Match("^[A-Za-z0-9]{14}$"));
            Assert.That(table.Fields.Select(f => f.Name), Is.EqualTo(new[] { "Name", "Email", "Age" }));
            Assert.That(table.Fields.Select(f => f.Id.Value), Has.All.Match("^[A-Za-z0-9]{5}$"));
            Assert.That(table.PrimaryFieldId, Is.EqualTo(table.Fields[0].Id));
            Assert.That(engine.Views.List(database.Id, table.Id).Items.Single().Id, Is.EqualTo(table.DefaultViewId));
        });
    }

    [Test]
    public void Create_uses_listed_field_named_by_primary_field_name()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();

        var table = engine.Tables.Create(database.Id, new NewTable("T")
        {
            PrimaryFieldName = "Title",
            Fields = [new NewField("Notes", FieldTypeNames.LongText), new NewField("Title", FieldTypeNames.SingleLineText)],
        });

        Assert.That(table.Fields.Single(f => f.Id == table.PrimaryFieldId).Name, Is.EqualTo("Title"));
        Assert.That(table.Fields, Has.Count.EqualTo(2));
    }

    [Test]
    public void Create_adds_text_primary_field_when_primary_field_name_is_not_listed()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();

        var table = engine.Tables.Create(database.Id, new NewTable("T")
        {
            PrimaryFieldName = "Code",
            Fields = [new NewField("Notes", FieldTypeNames.LongText)],
        });

        var primary = table.Fields.Single(f => f.Id == table.PrimaryFieldId);
        Assert.That(primary.Name, Is.EqualTo("Code"));
        Assert.That(primary.Type, Is.EqualTo(FieldTypeNames.SingleLineText));
        Assert.That(table.Fields.Select(f => f.Name), Is.EqualTo(new[] { "Code", "Notes" }));
    }

    [Test]
    public void Create_makes_name_field_when_no_fields_are_given()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();

        var table = engine.Tables.Create(database.Id, new NewTable("Empty"));

        Assert.That(table.Fields.Single().Name, Is.EqualTo("Name"));
        Assert.That(table.Fields.Single().Type, Is.EqualTo(FieldTypeNames.SingleLineText));
        Assert.That(table.PrimaryFieldId, Is.EqualTo(table.Fields.Single().Id));
    }

    [Test]
    public void Create_allows_duplicate_field_names()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();

        var table = engine.Tables.Create(database.Id, new NewTable("T")
        {
            Fields = [new NewField("Same", FieldTypeNames.SingleLineText), new NewField("Same", FieldTypeNames.Number)],
        });

        Assert.That(table.Fields.Select(f => f.Id).Distinct().Count(), Is.EqualTo(2));
    }

    [Test]
    public void Create_throws_bad_request_and_leaves_nothing_when_a_field_type_is_unknown()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();

        Assert.That(
            () => engine.Tables.Create(database.Id, new NewTable("T") { Fields = [new NewField("A", FieldTypeNames.SingleLineText), new NewField("B", "NO_SUCH_TYPE")] }),
            SoftrThrows.Code(ErrorCode.BadRequest));
        Assert.That(engine.Tables.List(database.Id).Total, Is.Zero);
    }

    [Test]
    public void Create_throws_not_found_when_database_is_unknown()
    {
        using var engine = TestEngine.Open();
        Assert.That(() => engine.Tables.Create(new DatabaseId("nope"), new NewTable("T")), SoftrThrows.Code(ErrorCode.ResourceNotFound));
    }

    [Test]
    public void Create_throws_quota_exceeded_past_tables_per_database()
    {
        using var engine = TestEngine.Open(quotas: new SoftrQuotas { TablesPerDatabase = 1 });
        var database = engine.NewDatabase();
        engine.Tables.Create(database.Id, new NewTable("One"));

        Assert.That(() => engine.Tables.Create(database.Id, new NewTable("Two")), SoftrThrows.Code(ErrorCode.QuotaExceeded));
    }

    [Test]
    public void Create_throws_quota_exceeded_past_fields_per_table()
    {
        using var engine = TestEngine.Open(quotas: new SoftrQuotas { FieldsPerTable = 2 });
        var database = engine.NewDatabase();

        Assert.That(() => engine.ContactsTable(database.Id), SoftrThrows.Code(ErrorCode.QuotaExceeded));
        Assert.That(engine.Tables.List(database.Id).Total, Is.Zero);
    }

    [Test]
    public void Get_returns_table_with_fields_and_throws_not_found_for_unknown_table()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();
        var table = engine.ContactsTable(database.Id);

        Assert.That(engine.Tables.Get(database.Id, table.Id), Is.EqualTo(table).Using<Table>(SameTable));
        Assert.That(() => engine.Tables.Get(database.Id, new TableId("AAAAAAAAAAAAAA")), SoftrThrows.Code(ErrorCode.ResourceNotFound));
    }

    [Test]
    public void List_pages_tables_in_creation_order()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();
        foreach (var name in new[] { "A", "B", "C" })
        {
            engine.Tables.Create(database.Id, new NewTable(name));
        }

        var page = engine.Tables.List(database.Id, new Paging(1, 1));

        Assert.That(page.Items.Single().Name, Is.EqualTo("B"));
        Assert.That(page.Total, Is.EqualTo(3));
    }

    [Test]
    public void Update_changes_name_and_description()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();
        var table = engine.ContactsTable(database.Id);

        var updated = engine.Tables.Update(database.Id, table.Id, "People", "Everyone");
        var cleared = engine.Tables.Update(database.Id, table.Id, description: "");

        Assert.Multiple(() =>
        {
            Assert.That(updated.Name, Is.EqualTo("People"));
            Assert.That(updated.Description, Is.EqualTo("Everyone"));
            Assert.That(cleared.Name, Is.EqualTo("People"));
            Assert.That(cleared.Description, Is.Null);
            Assert.That(cleared.Fields, Has.Count.EqualTo(3));
        });
    }

    [Test]
    public void Update_throws_bad_request_when_name_is_blank()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();
        var table = engine.ContactsTable(database.Id);

        Assert.That(() => engine.Tables.Update(database.Id, table.Id, "  "), SoftrThrows.Code(ErrorCode.BadRequest));
    }

    [Test]
    public void Delete_removes_table_and_its_views()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();
        var table = engine.ContactsTable(database.Id);

        engine.Tables.Delete(database.Id, table.Id);

        Assert.That(() => engine.Tables.Get(database.Id, table.Id), SoftrThrows.Code(ErrorCode.ResourceNotFound));
        Assert.That(() => engine.Views.List(database.Id, table.Id), SoftrThrows.Code(ErrorCode.ResourceNotFound));
        Assert.That(engine.Databases.Get(database.Id).TablesCount, Is.Zero);
    }

    [Test]
    public void Delete_removes_link_fields_of_other_tables_that_point_to_it()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();
        var companies = engine.Tables.Create(database.Id, new NewTable("Companies"));
        var contacts = engine.ContactsTable(database.Id);
        engine.Fields.Add(database.Id, contacts.Id, new NewField("Company", FieldTypeNames.LinkedRecord)
        {
            Options = TestEngine.Json($$"""{"linkedTableId":"{{companies.Id}}"}"""),
        });

        engine.Tables.Delete(database.Id, companies.Id);

        Assert.That(engine.Tables.Get(database.Id, contacts.Id).Fields.Select(f => f.Name), Is.EqualTo(new[] { "Name", "Email", "Age" }));
    }

    [Test]
    public void Delete_throws_not_found_when_table_is_unknown()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();
        Assert.That(() => engine.Tables.Delete(database.Id, new TableId("x")), SoftrThrows.Code(ErrorCode.ResourceNotFound));
    }

    private static bool SameTable(Table a, Table b) =>
        a.Id == b.Id && a.Name == b.Name && a.PrimaryFieldId == b.PrimaryFieldId && a.DefaultViewId == b.DefaultViewId
        && a.Fields.Select(f => f.Id).SequenceEqual(b.Fields.Select(f => f.Id));
}
