using SoftrLite.Tests.Support;
using static SoftrLite.Tests.Support.TestEngine;

namespace SoftrLite.Tests.Records;

/// <summary>
/// Writes that read their rows once and answer from what they wrote: tables without links whose formulas the write
/// computes on the row itself, records named twice in one batch, other tables reading such formulas, and the journal.
/// </summary>
public sealed class RowWriteTests
{
    [Test]
    public void UpdateMany_answers_what_a_read_gives_when_a_record_is_named_twice()
    {
        using var f = new TestEngine(new SoftrEngineOptions { IdSeed = 5, Journal = new JournalOptions { Mode = JournalMode.On } });
        var table = f.Table("T", Field("Name", FieldTypeNames.SingleLineText), Field("Qty", FieldTypeNames.Number), Field("Note", FieldTypeNames.SingleLineText));
        var a = f.Create(table, ("Name", "a"), ("Qty", 1), ("Note", "kept"));
        var b = f.Create(table, ("Name", "b"), ("Qty", 2));

        var answer = f.Engine.Records.UpdateMany(f.Db, table.Id,
        [
            new RecordUpdate(a.Id, Values(("Qty", 10))),
            new RecordUpdate(b.Id, Values(("Name", "B"))),
            new RecordUpdate(a.Id, Values(("Name", "A"))),
        ]);

        var readA = f.Get(table, a);
        var readB = f.Get(table, b);
        Assert.Multiple(() =>
        {
            Assert.That(answer.Select(r => r.Id), Is.EqualTo(new[] { a.Id, b.Id, a.Id }));
            Assert.That(answer[0].Fields, Is.EquivalentTo(readA.Fields), "the first entry of a shows its final values, as a read would");
            Assert.That(answer[2].Fields, Is.EquivalentTo(readA.Fields));
            Assert.That(answer[1].Fields, Is.EquivalentTo(readB.Fields));
            Assert.That(readA["Name"], Is.EqualTo("A"));
            Assert.That(readA["Qty"], Is.EqualTo(10d));
            Assert.That(readA["Note"], Is.EqualTo("kept"), "a field the update does not name stays");
            Assert.That(answer[0].UpdatedAt, Is.EqualTo(readA.UpdatedAt));
            Assert.That(answer[0].CreatedAt, Is.EqualTo(a.CreatedAt));
        });
    }

    [Test]
    public void Update_writes_chained_formulas_with_the_row_and_answers_them_as_stored()
    {
        using var f = new TestEngine();
        var table = f.Table("T", Field("Name", FieldTypeNames.SingleLineText), Field("Price", FieldTypeNames.Number), Field("Qty", FieldTypeNames.Number));
        var total = f.Engine.Fields.Add(f.Db, table.Id, Field("Total", FieldTypeNames.Formula, """{"formula":"{Price} * {Qty}"}"""));
        var label = f.Engine.Fields.Add(f.Db, table.Id, Field("Label", FieldTypeNames.Formula, """{"formula":"{Name} & ': ' & {Total}"}"""));
        var edited = f.Engine.Fields.Add(f.Db, table.Id, Field("Edited", FieldTypeNames.Formula, """{"formula":"IF(LAST_MODIFIED_TIME() > CREATED_TIME(), 'edited', 'new')"}"""));
        var pen = f.Create(table, ("Name", "Pen"), ("Price", 3), ("Qty", 2));
        var ink = f.Create(table, ("Name", "Ink"), ("Price", 1), ("Qty", 1));

        var answer = f.Engine.Records.UpdateMany(f.Db, table.Id, [new RecordUpdate(pen.Id, Values(("Qty", 5))), new RecordUpdate(ink.Id, Values(("Name", "Ink 2")))]);

        Assert.Multiple(() =>
        {
            Assert.That(pen[label.Id], Is.EqualTo("Pen: 6"), "a create computes the formulas too");
            Assert.That(answer[0][total.Id], Is.EqualTo(15d));
            Assert.That(answer[0][label.Id], Is.EqualTo("Pen: 15"));
            Assert.That(answer[1][label.Id], Is.EqualTo("Ink 2: 1"));
            Assert.That(answer[0].Fields, Is.EquivalentTo(f.Get(table, pen).Fields));
            Assert.That(answer[1].Fields, Is.EquivalentTo(f.Get(table, ink).Fields));
            Assert.That(f.Get(table, pen)[edited.Id], Is.EqualTo(answer[0][edited.Id]));
        });
    }

    [Test]
    public void Update_of_a_formula_moves_a_rollup_of_it_in_a_table_that_links_to_the_row()
    {
        using var f = new TestEngine();
        var orders = f.Table("Orders", Field("Item", FieldTypeNames.SingleLineText), Field("Qty", FieldTypeNames.Number));
        var customers = f.Table("Customers", Field("Name", FieldTypeNames.SingleLineText));
        var link = f.Engine.Fields.Add(f.Db, customers.Id, Field("Orders", FieldTypeNames.LinkedRecord, $$"""{"linkedTableId":"{{orders.Id}}"}"""));
        var inverse = f.Engine.Tables.Get(f.Db, orders.Id).Fields.Single(x => x.Type == FieldTypeNames.LinkedRecord);
        f.Engine.Fields.Delete(f.Db, orders.Id, inverse.Id);
        var total = f.Engine.Fields.Add(f.Db, orders.Id, Field("Total", FieldTypeNames.Formula, """{"formula":"{Qty} * 2"}"""));
        var spent = f.Engine.Fields.Add(f.Db, customers.Id, Field("Spent", FieldTypeNames.Rollup, $$"""{"linkedRecordFieldId":"{{link.Id}}","rollupFieldId":"{{total.Id}}","function":"SUM"}"""));
        orders = f.Engine.Tables.Get(f.Db, orders.Id);
        customers = f.Engine.Tables.Get(f.Db, customers.Id);
        var pen = f.Create(orders, ("Item", "Pen"), ("Qty", 3));
        var ink = f.Create(orders, ("Item", "Ink"), ("Qty", 1));
        var ada = f.Create(customers, ("Name", "Ada"), ("Orders", new[] { pen.Id.Value, ink.Id.Value }));
        Assert.That(orders.Fields.Any(x => x.Type == FieldTypeNames.LinkedRecord), Is.False, "the orders table has no link field of its own");
        Assert.That(f.Get(customers, ada)[spent.Id], Is.EqualTo(8d));

        var answer = f.Engine.Records.UpdateMany(f.Db, orders.Id, [new RecordUpdate(pen.Id, Values(("Qty", 10))), new RecordUpdate(ink.Id, Values(("Qty", 4)))]);

        Assert.Multiple(() =>
        {
            Assert.That(answer.Select(r => r[total.Id]), Is.EqualTo(new object[] { 20d, 8d }));
            Assert.That(f.Get(customers, ada)[spent.Id], Is.EqualTo(28d), "what reads the formula elsewhere is recomputed");
        });
    }

    [Test]
    public void Undo_of_an_update_puts_back_the_values_and_the_formulas_written_with_them()
    {
        using var f = new TestEngine(new SoftrEngineOptions { IdSeed = 5, Journal = new JournalOptions { Mode = JournalMode.On } });
        var table = f.Table("T", Field("Name", FieldTypeNames.SingleLineText), Field("Qty", FieldTypeNames.Number));
        var twice = f.Engine.Fields.Add(f.Db, table.Id, Field("Twice", FieldTypeNames.Formula, """{"formula":"{Qty} * 2"}"""));
        var records = f.Engine.Records.CreateMany(f.Db, table.Id, Enumerable.Range(0, 5).Select(i => Values(("Name", "n" + i), ("Qty", i))));
        var before = DataDump.Of(f.Engine, f.Db);

        f.Engine.Records.UpdateMany(f.Db, table.Id, records.Select(r => new RecordUpdate(r.Id, Values(("Qty", 100)))));
        Assert.That(f.Get(table, records[3])[twice.Id], Is.EqualTo(200d));
        f.Engine.History.Undo(f.Db);

        Assert.Multiple(() =>
        {
            Assert.That(DataDump.Of(f.Engine, f.Db), Is.EqualTo(before));
            Assert.That(f.Get(table, records[3])[twice.Id], Is.EqualTo(6d));
        });
    }

    [Test]
    public void UpdateMany_fails_whole_and_changes_nothing_when_one_record_is_missing()
    {
        using var f = new TestEngine(new SoftrEngineOptions { IdSeed = 5, Journal = new JournalOptions { Mode = JournalMode.On } });
        var table = f.Table("T", Field("Name", FieldTypeNames.SingleLineText), Field("Qty", FieldTypeNames.Number));
        f.Engine.Fields.Add(f.Db, table.Id, Field("Twice", FieldTypeNames.Formula, """{"formula":"{Qty} * 2"}"""));
        var a = f.Create(table, ("Name", "a"), ("Qty", 1));
        var before = f.Dump();

        Assert.That(
            () => f.Engine.Records.UpdateMany(f.Db, table.Id, [new RecordUpdate(a.Id, Values(("Qty", 9))), new RecordUpdate(new RecordId("recNoSuchRecord01"), Values(("Qty", 9)))]),
            SoftrThrows.Code(ErrorCode.ResourceNotFound));
        Assert.That(f.Dump(), Is.EqualTo(before));
    }
}
