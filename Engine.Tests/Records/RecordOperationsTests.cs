using SoftrLite.Tests.Support;
using static SoftrLite.Tests.Support.TestEngine;

namespace SoftrLite.Tests.Records;

public sealed class RecordOperationsTests
{
    [Test]
    public void Create_stores_values_by_id_or_name_and_get_reads_them_back()
    {
        using var f = new TestEngine();
        var table = f.Table("People", Field("Name", FieldTypeNames.SingleLineText), Field("Age", FieldTypeNames.Number), Field("Active", FieldTypeNames.Checkbox));

        var created = f.Create(table, ("Name", "Ada"), (table.Fields[1].Id.Value, 36), ("Active", false));
        var read = f.Get(table, created);

        Assert.Multiple(() =>
        {
            Assert.That(created.Id.Value, Does.Match("^[A-Za-z0-9]{14}$"));
            Assert.That(read[table.Fields[0].Id], Is.EqualTo("Ada"));
            Assert.That(read[table.Fields[1].Id], Is.EqualTo(36d));
            Assert.That(read[table.Fields[2].Id], Is.False, "false is a value and is returned");
            Assert.That(read.CreatedAt, Is.EqualTo(created.CreatedAt));
        });
    }

    [Test]
    public void Create_leaves_empty_fields_out()
    {
        using var f = new TestEngine();
        var table = f.Table("People", Field("Name", FieldTypeNames.SingleLineText), Field("Notes", FieldTypeNames.LongText));

        var record = f.Create(table, ("Name", "Ada"), ("Notes", ""));

        Assert.That(record.Fields.Keys, Is.EqualTo(new[] { table.Fields[0].Id }));
    }

    [Test]
    public void Create_throws_unknown_field_with_the_key_in_details()
    {
        using var f = new TestEngine();
        var table = f.Table("People", Field("Name", FieldTypeNames.SingleLineText));

        var error = Assert.Throws<SoftrException>(() => f.Create(table, ("nope1", "x")))!;

        Assert.That(error.Code, Is.EqualTo(ErrorCode.UnknownField));
        Assert.That(error.Details["fieldId"], Is.EqualTo("nope1"));
    }

    [Test]
    public void Create_throws_bad_request_when_a_name_is_shared_but_accepts_the_ids()
    {
        using var f = new TestEngine();
        var table = f.Table("T", Field("Same", FieldTypeNames.SingleLineText), Field("Same", FieldTypeNames.SingleLineText));

        Assert.That(() => f.Create(table, ("Same", "x")), SoftrThrows.Code(ErrorCode.BadRequest));
        Assert.That(f.Create(table, (table.Fields[1].Id.Value, "x"))[table.Fields[1].Id], Is.EqualTo("x"));
    }

    [TestCase(FieldTypeNames.CreatedAt)]
    [TestCase(FieldTypeNames.UpdatedAt)]
    [TestCase(FieldTypeNames.CreatedBy)]
    [TestCase(FieldTypeNames.UpdatedBy)]
    [TestCase(FieldTypeNames.Autonumber)]
    [TestCase(FieldTypeNames.RecordId)]
    public void Create_throws_validation_error_when_a_system_field_is_written(string type)
    {
        using var f = new TestEngine();
        var table = f.Table("T", Field("Name", FieldTypeNames.SingleLineText), Field("System", type));

        var error = Assert.Throws<SoftrException>(() => f.Create(table, ("System", "2020-01-01T00:00:00.000Z")))!;

        Assert.That(error.Code, Is.EqualTo(ErrorCode.ValidationError));
        Assert.That(error.Details["fieldId"], Is.EqualTo(table.Fields[1].Id.Value));
    }

    [Test]
    public void Create_fills_system_fields()
    {
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var clock = new ManualClock(start);
        var ada = new Collaborator("u1", "Ada", "ada@example.com");
        using var f = new TestEngine(new SoftrEngineOptions { TimeProvider = clock, IdSeed = 3, ActingUser = ada });
        var table = f.Table(
            "T",
            Field("Name", FieldTypeNames.SingleLineText),
            Field("Created", FieldTypeNames.CreatedAt),
            Field("Updated", FieldTypeNames.UpdatedAt),
            Field("By", FieldTypeNames.CreatedBy),
            Field("Changed by", FieldTypeNames.UpdatedBy),
            Field("No", FieldTypeNames.Autonumber),
            Field("Id", FieldTypeNames.RecordId));

        var record = f.Create(table, ("Name", "x"));
        clock.Advance(TimeSpan.FromSeconds(5));
        var grace = new Collaborator("u2", "Grace", null);
        var updated = f.Engine.Records.As(grace).Update(f.Db, table.Id, record.Id, Values(("Name", "y")));

        Assert.Multiple(() =>
        {
            Assert.That(updated[table.Fields[1].Id], Is.EqualTo(start));
            Assert.That(updated[table.Fields[2].Id], Is.EqualTo(start.AddSeconds(5)));
            Assert.That(updated[table.Fields[3].Id], Is.EqualTo(ada));
            Assert.That(updated[table.Fields[4].Id], Is.EqualTo(grace));
            Assert.That(updated[table.Fields[5].Id], Is.EqualTo(1L));
            Assert.That(updated[table.Fields[6].Id], Is.EqualTo(record.Id.Value));
            Assert.That(updated.UpdatedAt, Is.EqualTo(start.AddSeconds(5)));
        });
    }

    [Test]
    public void Autonumber_is_never_reused_after_deletes()
    {
        using var f = new TestEngine();
        var table = f.Table("T", Field("Name", FieldTypeNames.SingleLineText), Field("No", FieldTypeNames.Autonumber));
        var first = f.Create(table, ("Name", "a"));
        var second = f.Create(table, ("Name", "b"));
        f.Engine.Records.Delete(f.Db, table.Id, second.Id);
        f.Engine.Records.Delete(f.Db, table.Id, first.Id);

        var third = f.Create(table, ("Name", "c"));

        Assert.That(third[table.Fields[1].Id], Is.EqualTo(3L));
    }

    [Test]
    public void Update_changes_only_given_fields_and_clears_with_null_empty_string_or_empty_array()
    {
        using var f = new TestEngine();
        var table = f.Table(
            "T",
            Field("Name", FieldTypeNames.SingleLineText),
            Field("Age", FieldTypeNames.Number),
            Field("Email", FieldTypeNames.Email),
            Field("Tags", FieldTypeNames.Select, """{"choices":[{"label":"a"},{"label":"b"}]}""") with { AllowMultipleEntries = true });
        var record = f.Create(table, ("Name", "Ada"), ("Age", 36), ("Email", "ada@example.com"), ("Tags", new[] { "a", "b" }));

        var patched = f.Update(table, record, ("Age", 37));
        var cleared = f.Update(table, record, ("Age", null), ("Email", ""), ("Tags", Array.Empty<string>()));

        Assert.Multiple(() =>
        {
            Assert.That(patched[table.Fields[0].Id], Is.EqualTo("Ada"));
            Assert.That(patched[table.Fields[1].Id], Is.EqualTo(37d));
            Assert.That(patched.Get<IReadOnlyList<SelectChoice>>(table.Fields[3].Id)!.Select(c => c.Label), Is.EqualTo(new[] { "a", "b" }));
            Assert.That(cleared.Fields.Keys, Is.EqualTo(new[] { table.Fields[0].Id }));
        });
    }

    [Test]
    public void Update_and_delete_throw_not_found_for_unknown_record()
    {
        using var f = new TestEngine();
        var table = f.Table("T", Field("Name", FieldTypeNames.SingleLineText));

        Assert.That(() => f.Engine.Records.Update(f.Db, table.Id, new RecordId("AAAAAAAAAAAAAA"), Values(("Name", "x"))), SoftrThrows.Code(ErrorCode.ResourceNotFound));
        Assert.That(() => f.Engine.Records.Delete(f.Db, table.Id, new RecordId("AAAAAAAAAAAAAA")), SoftrThrows.Code(ErrorCode.ResourceNotFound));
        Assert.That(() => f.Engine.Records.Get(f.Db, table.Id, new RecordId("AAAAAAAAAAAAAA")), SoftrThrows.Code(ErrorCode.ResourceNotFound));
    }

    [Test]
    public void Required_field_is_enforced_on_create_and_on_updates_that_clear_it()
    {
        using var f = new TestEngine();
        var table = f.Table("T", Field("Name", FieldTypeNames.SingleLineText) with { Required = true }, Field("Age", FieldTypeNames.Number));

        Assert.That(() => f.Create(table, ("Age", 3)), SoftrThrows.Code(ErrorCode.ValidationError));
        var record = f.Create(table, ("Name", "Ada"));
        Assert.That(() => f.Update(table, record, ("Name", null)), SoftrThrows.Code(ErrorCode.ValidationError));
        Assert.That(f.Update(table, record, ("Age", 4))[table.Fields[0].Id], Is.EqualTo("Ada"));
    }

    [Test]
    public void Default_value_fills_fields_left_out_on_create_only()
    {
        using var f = new TestEngine();
        var table = f.Table(
            "T",
            Field("Name", FieldTypeNames.SingleLineText),
            Field("Stars", FieldTypeNames.Rating) with { DefaultValue = "3" },
            Field("Status", FieldTypeNames.SingleLineText) with { DefaultValue = "new" });

        var record = f.Create(table, ("Name", "x"));
        var given = f.Create(table, ("Name", "y"), ("Status", "old"));
        var cleared = f.Update(table, record, ("Status", null));

        Assert.Multiple(() =>
        {
            Assert.That(record[table.Fields[1].Id], Is.EqualTo(3L));
            Assert.That(record[table.Fields[2].Id], Is.EqualTo("new"));
            Assert.That(given[table.Fields[2].Id], Is.EqualTo("old"));
            Assert.That(cleared.Fields.ContainsKey(table.Fields[2].Id), Is.False);
        });
    }

    [Test]
    public void Field_with_an_invalid_default_value_is_refused()
    {
        using var f = new TestEngine();
        var table = f.Table("T", Field("Name", FieldTypeNames.SingleLineText));

        Assert.That(
            () => f.Engine.Fields.Add(f.Db, table.Id, new NewField("N", FieldTypeNames.Number) { DefaultValue = "many" }),
            SoftrThrows.Code(ErrorCode.BadRequest));
        Assert.That(
            () => f.Engine.Fields.Add(f.Db, table.Id, new NewField("C", FieldTypeNames.CreatedAt) { DefaultValue = "x" }),
            SoftrThrows.Code(ErrorCode.BadRequest));
    }

    [Test]
    public void List_returns_creation_order_with_total_and_delete_table_needs_force_once_it_holds_records()
    {
        using var f = new TestEngine();
        var table = f.Table("T", Field("N", FieldTypeNames.Number));
        for (var i = 0; i < 5; i++)
        {
            f.Create(table, ("N", i));
        }

        var page = f.Engine.Records.List(f.Db, table.Id, new Paging(3, 10));

        Assert.That(page.Items.Select(r => r[table.Fields[0].Id]), Is.EqualTo(new object[] { 3d, 4d }));
        Assert.That(page.Total, Is.EqualTo(5));
        Assert.That(() => f.Engine.Tables.Delete(f.Db, table.Id), SoftrThrows.Code(ErrorCode.BadRequest));
        f.Engine.Tables.Delete(f.Db, table.Id, DeleteMode.Force);
    }

    [Test]
    public void Select_with_allow_to_add_new_choice_adds_the_choice_in_the_same_write()
    {
        using var f = new TestEngine();
        var table = f.Table("T", Field("Name", FieldTypeNames.SingleLineText), Field("Status", FieldTypeNames.Select, """{"choices":[{"label":"Open"}],"allowToAddNewChoice":true}"""));

        var record = f.Create(table, ("Status", "Won"));
        var choices = f.Engine.Fields.Get(f.Db, table.Id, table.Fields[1].Id).Options.GetProperty("choices");

        Assert.That(record[table.Fields[1].Id], Is.EqualTo(new SelectChoice(choices[1].GetProperty("id").GetString()!, "Won")));
        Assert.That(choices.GetArrayLength(), Is.EqualTo(2));
        Assert.That(choices[1].GetProperty("label").GetString(), Is.EqualTo("Won"));
    }

    [Test]
    public void User_field_holds_workspace_collaborators()
    {
        using var f = new TestEngine();
        var ada = f.Engine.Workspaces.AddCollaborator(f.Engine.Workspaces.Default.Id, "Ada", "ada@example.com");
        var table = f.Table("T", Field("Name", FieldTypeNames.SingleLineText), Field("Owner", FieldTypeNames.User));

        var record = f.Create(table, ("Owner", "ADA@example.com"));

        Assert.That(record[table.Fields[1].Id], Is.EqualTo(ada));
        Assert.That(() => f.Create(table, ("Owner", "nobody@example.com")), SoftrThrows.Code(ErrorCode.ValidationError));
    }
}
