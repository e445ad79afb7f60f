using System.Text.Json;
using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Schema;

public sealed class FieldOperationsTests
{
    [Test]
    public void Add_appends_field_with_normalized_options()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();
        var table = engine.ContactsTable(database.Id);

        var field = engine.Fields.Add(database.Id, table.Id, new NewField(" Stars ", FieldTypeNames.Rating) { Description = "How good" });

        Assert.Multiple(() =>
        {
            Assert.That(field.Name, Is.EqualTo("Stars"));
            Assert.That(field.Description, Is.EqualTo("How good"));
            Assert.That(field.Options.GetProperty("max").GetInt32(), Is.EqualTo(5));
            Assert.That(field.ReadOnly, Is.False);
            Assert.That(engine.Tables.Get(database.Id, table.Id).Fields[^1].Id, Is.EqualTo(field.Id));
        });
    }

    [TestCase(FieldTypeNames.CreatedAt)]
    [TestCase(FieldTypeNames.Autonumber)]
    [TestCase(FieldTypeNames.RecordId)]
    [TestCase(FieldTypeNames.UpdatedBy)]
    public void Add_marks_system_types_readonly(string type)
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();
        var table = engine.ContactsTable(database.Id);

        Assert.That(engine.Fields.Add(database.Id, table.Id, new NewField("S", type)).ReadOnly, Is.True);
    }

    [Test]
    public void Add_throws_bad_request_for_unknown_type_bad_option_or_multiple_entries_on_text()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();
        var table = engine.ContactsTable(database.Id);

        Assert.Multiple(() =>
        {
            Assert.That(() => engine.Fields.Add(database.Id, table.Id, new NewField("X", "NOPE")), SoftrThrows.Code(ErrorCode.BadRequest));
            Assert.That(
                () => engine.Fields.Add(database.Id, table.Id, new NewField("X", FieldTypeNames.Number) { Options = TestEngine.Json("""{"precision":9}""") }),
                SoftrThrows.Code(ErrorCode.BadRequest));
            Assert.That(
                () => engine.Fields.Add(database.Id, table.Id, new NewField("X", FieldTypeNames.SingleLineText) { AllowMultipleEntries = true }),
                SoftrThrows.Code(ErrorCode.BadRequest));
            Assert.That(
                () => engine.Fields.Add(database.Id, table.Id, new NewField("X", FieldTypeNames.Number) { Options = TestEngine.Json("[1]") }),
                SoftrThrows.Code(ErrorCode.BadRequest));
            Assert.That(() => engine.Fields.Add(database.Id, table.Id, new NewField("", FieldTypeNames.Number)), SoftrThrows.Code(ErrorCode.BadRequest));
        });
        Assert.That(engine.Tables.Get(database.Id, table.Id).Fields, Has.Count.EqualTo(3));
    }

    [Test]
    public void Add_throws_bad_request_when_linked_table_does_not_exist()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();
        var table = engine.ContactsTable(database.Id);

        Assert.That(
            () => engine.Fields.Add(database.Id, table.Id, new NewField("L", FieldTypeNames.LinkedRecord) { Options = TestEngine.Json("""{"linkedTableId":"AAAAAAAAAAAAAA"}""") }),
            SoftrThrows.Code(ErrorCode.BadRequest));
    }

    [Test]
    public void Get_throws_not_found_for_unknown_field()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();
        var table = engine.ContactsTable(database.Id);

        Assert.That(() => engine.Fields.Get(database.Id, table.Id, new FieldId("zzzzz")), SoftrThrows.Code(ErrorCode.ResourceNotFound));
        Assert.That(engine.Fields.Get(database.Id, table.Id, table.Fields[1].Id).Name, Is.EqualTo("Email"));
    }

    [Test]
    public void Update_renames_and_merges_options()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();
        var table = engine.ContactsTable(database.Id);
        var age = table.Fields[2];
        engine.Fields.Update(database.Id, table.Id, age.Id, new FieldChanges { Options = TestEngine.Json("""{"min":0}""") });

        var updated = engine.Fields.Update(database.Id, table.Id, age.Id, new FieldChanges
        {
            Name = "Age (years)",
            Options = TestEngine.Json("""{"max":150}"""),
            Required = true,
        });

        Assert.Multiple(() =>
        {
            Assert.That(updated.Name, Is.EqualTo("Age (years)"));
            Assert.That(updated.Type, Is.EqualTo(FieldTypeNames.Number));
            Assert.That(updated.Options.GetProperty("precision").GetInt32(), Is.Zero);
            Assert.That(updated.Options.GetProperty("min").GetDouble(), Is.Zero);
            Assert.That(updated.Options.GetProperty("max").GetDouble(), Is.EqualTo(150));
            Assert.That(updated.Required, Is.True);
        });
    }

    [Test]
    public void Update_keeps_choice_ids_of_existing_select_choices()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();
        var table = engine.ContactsTable(database.Id);
        var field = engine.Fields.Add(database.Id, table.Id, new NewField("Status", FieldTypeNames.Select)
        {
            Options = TestEngine.Json("""{"choices":[{"label":"Open"},{"label":"Closed"}]}"""),
        });
        var open = field.Options.GetProperty("choices")[0];

        var changes = JsonSerializer.Serialize(new { choices = new object[] { new { id = open.GetProperty("id").GetString(), label = "Open!" }, new { label = "Won" } } });
        var updated = engine.Fields.Update(database.Id, table.Id, field.Id, new FieldChanges { Options = TestEngine.Json(changes) });

        var choices = updated.Options.GetProperty("choices");
        Assert.That(choices.GetArrayLength(), Is.EqualTo(2));
        Assert.That(choices[0].GetProperty("id").GetString(), Is.EqualTo(open.GetProperty("id").GetString()));
        Assert.That(choices[0].GetProperty("label").GetString(), Is.EqualTo("Open!"));
        Assert.That(choices[1].GetProperty("id").GetString(), Does.Match("^[A-Za-z0-9]{5}$"));
    }

    [Test]
    public void Update_throws_bad_request_when_type_changes_but_accepts_same_type()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();
        var table = engine.ContactsTable(database.Id);
        var age = table.Fields[2];

        Assert.That(
            () => engine.Fields.Update(database.Id, table.Id, age.Id, new FieldChanges { Type = FieldTypeNames.SingleLineText }),
            SoftrThrows.Code(ErrorCode.BadRequest));
        Assert.That(engine.Fields.Update(database.Id, table.Id, age.Id, new FieldChanges { Type = FieldTypeNames.Number }).Type, Is.EqualTo(FieldTypeNames.Number));
    }

    [Test]
    public void Update_throws_bad_request_for_bad_option_and_keeps_field()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();
        var table = engine.ContactsTable(database.Id);
        var age = table.Fields[2];

        Assert.That(
            () => engine.Fields.Update(database.Id, table.Id, age.Id, new FieldChanges { Name = "New", Options = TestEngine.Json("""{"precision":"two"}""") }),
            SoftrThrows.Code(ErrorCode.BadRequest));
        Assert.That(engine.Fields.Get(database.Id, table.Id, age.Id).Name, Is.EqualTo("Age"));
    }

    [Test]
    public void Update_throws_not_found_for_unknown_field()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();
        var table = engine.ContactsTable(database.Id);

        Assert.That(() => engine.Fields.Update(database.Id, table.Id, new FieldId("zzzzz"), new FieldChanges { Name = "X" }), SoftrThrows.Code(ErrorCode.ResourceNotFound));
    }

    [Test]
    public void Delete_removes_field_and_refuses_primary_field()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();
        var table = engine.ContactsTable(database.Id);

        engine.Fields.Delete(database.Id, table.Id, table.Fields[1].Id);

        Assert.That(() => engine.Fields.Get(database.Id, table.Id, table.Fields[1].Id), SoftrThrows.Code(ErrorCode.ResourceNotFound));
        Assert.That(() => engine.Fields.Delete(database.Id, table.Id, table.PrimaryFieldId), SoftrThrows.Code(ErrorCode.BadRequest));
        Assert.That(engine.Tables.Get(database.Id, table.Id).Fields, Has.Count.EqualTo(2));
    }

    [Test]
    public void Delete_then_add_keeps_columns_apart()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();
        var table = engine.ContactsTable(database.Id);

        engine.Fields.Delete(database.Id, table.Id, table.Fields[2].Id);
        var again = engine.Fields.Add(database.Id, table.Id, new NewField("Age", FieldTypeNames.Number));

        Assert.That(again.Id, Is.Not.EqualTo(table.Fields[2].Id));
        Assert.That(engine.Tables.Get(database.Id, table.Id).Fields, Has.Count.EqualTo(3));
    }
}
