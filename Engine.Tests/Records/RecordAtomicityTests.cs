using SoftrLite.Tests.Support;
using static SoftrLite.Tests.Support.TestEngine;

namespace SoftrLite.Tests.Records;

/// <summary>A failed write leaves every table, link and counter exactly as before (the whole file is compared).</summary>
public sealed class RecordAtomicityTests
{
    [Test]
    public void Failed_create_update_and_delete_leave_the_file_unchanged()
    {
        using var f = new TestEngine();
        var (table, companies, acme) = Schema(f);
        var ada = f.Create(table, ("Name", "Ada"), ("Company", acme.Id.Value), ("Status", "Open"));
        var before = f.Dump();

        Assert.Multiple(() =>
        {
            Assert.That(() => f.Create(table, ("Name", "x"), ("Status", "New choice"), ("Age", "old")), SoftrThrows.Code(ErrorCode.ValidationError));
            Assert.That(() => f.Update(table, ada, ("Company", Array.Empty<string>()), ("Age", double.NaN)), SoftrThrows.Code(ErrorCode.ValidationError));
            Assert.That(() => f.Update(table, ada, ("Name", "y"), ("Company", "AAAAAAAAAAAAAA")), SoftrThrows.Code(ErrorCode.ValidationError));
            Assert.That(() => f.Engine.Records.DeleteMany(f.Db, table.Id, [ada.Id, ada.Id]), SoftrThrows.Code(ErrorCode.ResourceNotFound));
        });
        Assert.That(f.Dump(), Is.EqualTo(before));
        Assert.That(f.Get(companies, acme).Fields, Has.Count.EqualTo(2));
    }

    [Test]
    public void A_failure_after_all_rows_are_written_rolls_everything_back()
    {
        var armed = false;
        using var f = new TestEngine(new SoftrEngineOptions { IdSeed = 9, FailPoint = step => { if (armed && step == "records.write") { throw new InvalidOperationException("injected"); } } });
        var (table, _, acme) = Schema(f);
        var before = f.Dump();

        armed = true;
        Assert.That(() => f.Create(table, ("Name", "Ada"), ("Company", acme.Id.Value), ("Status", "New choice")), Throws.InvalidOperationException);
        armed = false;

        Assert.That(f.Dump(), Is.EqualTo(before));
        Assert.That(f.Create(table, ("Name", "Ada"), ("Status", "New choice")).Get<SelectChoice>(table.Fields[3].Id)!.Label, Is.EqualTo("New choice"));
    }

    private static (Table Table, Table Companies, Record Acme) Schema(TestEngine f)
    {
        var companies = f.Table("Companies", Field("Name", FieldTypeNames.SingleLineText));
        var table = f.Table(
            "Contacts",
            Field("Name", FieldTypeNames.SingleLineText),
            Field("Age", FieldTypeNames.Number),
            Field("No", FieldTypeNames.Autonumber),
            Field("Status", FieldTypeNames.Select, """{"choices":[{"label":"Open"}],"allowToAddNewChoice":true}"""));
        f.Engine.Fields.Add(f.Db, table.Id, Field("Company", FieldTypeNames.LinkedRecord, $$"""{"linkedTableId":"{{companies.Id}}"}"""));
        var acme = f.Create(companies, ("Name", "Acme"));
        return (f.Engine.Tables.Get(f.Db, table.Id), companies, acme);
    }
}
