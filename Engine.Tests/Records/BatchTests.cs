using SoftrLite.Tests.Support;
using static SoftrLite.Tests.Support.TestEngine;

namespace SoftrLite.Tests.Records;

public sealed class BatchTests
{
    [Test]
    public void CreateMany_creates_all_in_order()
    {
        using var f = new TestEngine();
        var table = f.Table("T", Field("N", FieldTypeNames.Number));

        var records = f.Engine.Records.CreateMany(f.Db, table.Id, Enumerable.Range(0, 500).Select(i => Values(("N", i))));

        Assert.That(records.Select(r => r[table.Fields[0].Id]), Is.EqualTo(Enumerable.Range(0, 500).Select(i => (object)(double)i)));
        Assert.That(f.Engine.Records.List(f.Db, table.Id).Total, Is.EqualTo(500));
    }

    [Test]
    public void CreateMany_reports_every_failing_item_and_writes_nothing()
    {
        using var f = new TestEngine();
        var table = f.Table("T", Field("N", FieldTypeNames.Number), Field("E", FieldTypeNames.Email), Field("No", FieldTypeNames.Autonumber));
        f.Create(table, ("N", 1));
        var before = f.Dump();

        var error = Assert.Throws<SoftrException>(() => f.Engine.Records.CreateMany(f.Db, table.Id,
        [
            Values(("N", 1)),
            Values(("N", "two")),
            Values(("E", "not an email")),
            Values(("nope", 1)),
            Values(("N", 5)),
        ]))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ErrorCode.ValidationError));
            Assert.That(error.Items.Select(i => i.Index), Is.EqualTo(new[] { 1, 2, 3 }));
            Assert.That(error.Items.Select(i => i.Code), Is.EqualTo(new[] { ErrorCode.ValidationError, ErrorCode.ValidationError, ErrorCode.UnknownField }));
            Assert.That(error.Items.Select(i => i.FieldId), Is.EqualTo(new[] { table.Fields[0].Id.Value, table.Fields[1].Id.Value, "nope" }));
            Assert.That(f.Dump(), Is.EqualTo(before), "no row, link or counter may change");
        });
    }

    [Test]
    public void UpdateMany_changes_all_or_none()
    {
        using var f = new TestEngine();
        var table = f.Table("T", Field("N", FieldTypeNames.Number));
        var a = f.Create(table, ("N", 1));
        var b = f.Create(table, ("N", 2));
        var before = f.Dump();

        Assert.That(
            () => f.Engine.Records.UpdateMany(f.Db, table.Id, [new RecordUpdate(a.Id, Values(("N", 10))), new RecordUpdate(new RecordId("AAAAAAAAAAAAAA"), Values(("N", 3)))]),
            SoftrThrows.Code(ErrorCode.ResourceNotFound));
        Assert.That(f.Dump(), Is.EqualTo(before));

        var updated = f.Engine.Records.UpdateMany(f.Db, table.Id, [new RecordUpdate(b.Id, Values(("N", 20))), new RecordUpdate(a.Id, Values(("N", 10)))]);
        Assert.That(updated.Select(r => r.Id), Is.EqualTo(new[] { b.Id, a.Id }));
        Assert.That(updated.Select(r => r[table.Fields[0].Id]), Is.EqualTo(new object[] { 20d, 10d }));
    }

    [Test]
    public void DeleteMany_deletes_all_or_none()
    {
        using var f = new TestEngine();
        var table = f.Table("T", Field("N", FieldTypeNames.Number));
        var a = f.Create(table, ("N", 1));
        var b = f.Create(table, ("N", 2));

        var error = Assert.Throws<SoftrException>(() => f.Engine.Records.DeleteMany(f.Db, table.Id, [a.Id, new RecordId("AAAAAAAAAAAAAA")]))!;
        Assert.That(error.Items.Single().Index, Is.EqualTo(1));
        Assert.That(f.Engine.Records.List(f.Db, table.Id).Total, Is.EqualTo(2));

        f.Engine.Records.DeleteMany(f.Db, table.Id, [a.Id, b.Id]);
        Assert.That(f.Engine.Records.List(f.Db, table.Id).Total, Is.Zero);
    }

    [Test]
    public void DeleteMany_refuses_the_second_naming_of_a_record_when_one_batch_names_it_twice()
    {
        using var f = new TestEngine();
        var table = f.Table("T", Field("N", FieldTypeNames.Number));
        var a = f.Create(table, ("N", 1));

        var error = Assert.Throws<SoftrException>(() => f.Engine.Records.DeleteMany(f.Db, table.Id, [a.Id, a.Id]))!;

        Assert.That(error.Code, Is.EqualTo(ErrorCode.ResourceNotFound));
        Assert.That(error.Items.Single().Index, Is.EqualTo(1));
        Assert.That(f.Engine.Records.List(f.Db, table.Id).Total, Is.EqualTo(1));
    }

    [Test]
    public void UpdateMany_applies_both_edits_when_one_batch_names_a_record_twice()
    {
        using var f = new TestEngine();
        var table = f.Table("T", Field("N", FieldTypeNames.Number), Field("M", FieldTypeNames.Number));
        var a = f.Create(table, ("N", 1));

        var updated = f.Engine.Records.UpdateMany(f.Db, table.Id, [new RecordUpdate(a.Id, Values(("N", 5))), new RecordUpdate(a.Id, Values(("M", 7)))]);

        Assert.That(updated, Has.Count.EqualTo(2));
        Assert.That(f.Get(table, a).Fields.Values, Is.EquivalentTo(new object[] { 5d, 7d }));
    }

    [Test]
    public void Created_records_equal_what_reading_them_back_gives()
    {
        var ada = new Collaborator("u1", "Ada", "ada@example.com");
        using var f = new TestEngine(new SoftrEngineOptions { IdSeed = 3, ActingUser = ada });
        f.Engine.Workspaces.AddCollaborator(f.Engine.Workspaces.Default.Id, "Grace", "grace@example.com");
        var table = f.Table(
            "T",
            Field("Name", FieldTypeNames.SingleLineText),
            Field("N", FieldTypeNames.Number, """{"precision":1}"""),
            Field("When", FieldTypeNames.DateTime),
            Field("Day", FieldTypeNames.Date),
            Field("Ok", FieldTypeNames.Checkbox),
            Field("Tags", FieldTypeNames.Select, """{"choices":[{"label":"a"}],"allowToAddNewChoice":true}""") with { AllowMultipleEntries = true },
            Field("Files", FieldTypeNames.Attachment),
            Field("Owner", FieldTypeNames.User),
            Field("No", FieldTypeNames.Autonumber),
            Field("By", FieldTypeNames.CreatedBy),
            Field("At", FieldTypeNames.CreatedAt),
            Field("Id", FieldTypeNames.RecordId));

        var created = f.Engine.Records.CreateMany(f.Db, table.Id,
        [
            Values(("Name", "x"), ("N", 1.25), ("When", "2026-01-02T03:04:05+02:00"), ("Day", "2026-02-03"), ("Ok", false), ("Tags", new[] { "A", "new" }), ("Files", "https://example.com/a.pdf"), ("Owner", "grace@example.com")),
            Values(("Name", "y")),
        ]);

        foreach (var record in created)
        {
            Assert.That(System.Text.Json.JsonSerializer.Serialize(record), Is.EqualTo(System.Text.Json.JsonSerializer.Serialize(f.Get(table, record))));
        }
    }
}
