using SoftrLite.Tests.Support;
using static SoftrLite.Tests.Support.TestEngine;

namespace SoftrLite.Tests.Records;

/// <summary>Links are kept in step on both sides after every kind of write and delete.</summary>
public sealed class LinkTests
{
    [Test]
    public void Adding_a_link_field_creates_its_inverse_in_the_linked_table()
    {
        using var f = new TestEngine();
        var (companies, contacts, link, inverse) = Tables(f);

        Assert.Multiple(() =>
        {
            Assert.That(inverse.Type, Is.EqualTo(FieldTypeNames.LinkedRecord));
            Assert.That(inverse.Name, Is.EqualTo("Contacts"));
            Assert.That(inverse.Options.GetProperty("linkedTableId").GetString(), Is.EqualTo(contacts.Id.Value));
            Assert.That(inverse.Options.GetProperty("inverseLinkFieldId").GetString(), Is.EqualTo(link.Id.Value));
            Assert.That(link.Options.GetProperty("inverseLinkFieldId").GetString(), Is.EqualTo(inverse.Id.Value));
            Assert.That(companies.Fields, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void Writes_from_either_side_show_on_both_with_labels_from_the_primary_field()
    {
        using var f = new TestEngine();
        var (companies, contacts, link, inverse) = Tables(f);
        var acme = f.Create(companies, ("Name", "Acme"));
        var globex = f.Create(companies, ("Name", "Globex"));
        var ada = f.Create(contacts, ("Name", "Ada"), ("Company", new[] { acme.Id.Value, globex.Id.Value }));
        var grace = f.Create(contacts, ("Name", "Grace"), ("Company", new[] { new Dictionary<string, object?> { ["id"] = acme.Id.Value } }));

        Assert.Multiple(() =>
        {
            Assert.That(Links(ada, link), Is.EqualTo(new[] { (acme.Id, "Acme"), (globex.Id, "Globex") }));
            Assert.That(Links(f.Get(companies, acme), inverse), Is.EqualTo(new[] { (ada.Id, "Ada"), (grace.Id, "Grace") }));
            Assert.That(Links(f.Get(companies, globex), inverse), Is.EqualTo(new[] { (ada.Id, "Ada") }));
        });

        // Writing from the other side replaces that side's set and is seen from this side.
        f.Update(companies, acme, ("Contacts", new[] { grace.Id.Value }));
        Assert.That(Links(f.Get(contacts, ada), link), Is.EqualTo(new[] { (globex.Id, "Globex") }));
        Assert.That(Links(f.Get(contacts, grace), link), Is.EqualTo(new[] { (acme.Id, "Acme") }));
    }

    [Test]
    public void Update_replaces_the_set_and_empty_clears_it()
    {
        using var f = new TestEngine();
        var (companies, contacts, link, inverse) = Tables(f);
        var acme = f.Create(companies, ("Name", "Acme"));
        var globex = f.Create(companies, ("Name", "Globex"));
        var ada = f.Create(contacts, ("Name", "Ada"), ("Company", acme.Id.Value));

        var moved = f.Update(contacts, ada, ("Company", new[] { globex.Id.Value }));
        Assert.That(Links(moved, link), Is.EqualTo(new[] { (globex.Id, "Globex") }));
        Assert.That(f.Get(companies, acme).Fields.ContainsKey(inverse.Id), Is.False);

        var cleared = f.Update(contacts, ada, ("Company", Array.Empty<string>()));
        Assert.That(cleared.Fields.ContainsKey(link.Id), Is.False);
        Assert.That(f.Get(companies, globex).Fields.ContainsKey(inverse.Id), Is.False);
    }

    [Test]
    public void Deleting_a_record_removes_its_links_everywhere()
    {
        using var f = new TestEngine();
        var (companies, contacts, link, inverse) = Tables(f);
        var acme = f.Create(companies, ("Name", "Acme"));
        var ada = f.Create(contacts, ("Name", "Ada"), ("Company", acme.Id.Value));
        var grace = f.Create(contacts, ("Name", "Grace"), ("Company", acme.Id.Value));

        f.Engine.Records.Delete(f.Db, contacts.Id, ada.Id);
        Assert.That(Links(f.Get(companies, acme), inverse), Is.EqualTo(new[] { (grace.Id, "Grace") }));

        f.Engine.Records.Delete(f.Db, companies.Id, acme.Id);
        Assert.That(f.Get(contacts, grace).Fields.ContainsKey(link.Id), Is.False);

        // A new record must not inherit links of a deleted one that had the same row position.
        var newer = f.Create(companies, ("Name", "Newer"));
        Assert.That(f.Get(companies, newer).Fields.ContainsKey(inverse.Id), Is.False);
    }

    [Test]
    public void Link_to_a_missing_record_is_a_validation_error_that_writes_nothing()
    {
        using var f = new TestEngine();
        var (_, contacts, link, _) = Tables(f);
        var before = f.Dump();

        var error = Assert.Throws<SoftrException>(() => f.Create(contacts, ("Name", "Ada"), ("Company", "AAAAAAAAAAAAAA")))!;

        Assert.That(error.Code, Is.EqualTo(ErrorCode.ValidationError));
        Assert.That(error.Details["fieldId"], Is.EqualTo(link.Id.Value));
        Assert.That(f.Dump(), Is.EqualTo(before));
    }

    [Test]
    public void Single_entry_link_refuses_two_records()
    {
        using var f = new TestEngine();
        var companies = f.Table("Companies", Field("Name", FieldTypeNames.SingleLineText));
        var contacts = f.Table("Contacts", Field("Name", FieldTypeNames.SingleLineText));
        f.Engine.Fields.Add(f.Db, contacts.Id, Field("Company", FieldTypeNames.LinkedRecord, $$"""{"linkedTableId":"{{companies.Id}}"}""") with { AllowMultipleEntries = false });
        var a = f.Create(companies, ("Name", "A"));
        var b = f.Create(companies, ("Name", "B"));

        Assert.That(() => f.Create(contacts, ("Company", new[] { a.Id.Value, b.Id.Value })), SoftrThrows.Code(ErrorCode.ValidationError));
        Assert.That(f.Create(contacts, ("Company", a.Id.Value)).Fields, Has.Count.EqualTo(1));
    }

    [Test]
    public void Self_link_works_without_an_inverse_and_deletes_clean_both_ends()
    {
        using var f = new TestEngine();
        var people = f.Table("People", Field("Name", FieldTypeNames.SingleLineText));
        var manager = f.Engine.Fields.Add(f.Db, people.Id, Field("Manager", FieldTypeNames.LinkedRecord, $$"""{"linkedTableId":"{{people.Id}}"}"""));
        var boss = f.Create(people, ("Name", "Boss"));
        var worker = f.Create(people, ("Name", "Worker"), ("Manager", boss.Id.Value));

        Assert.That(Links(worker, manager), Is.EqualTo(new[] { (boss.Id, "Boss") }));
        f.Engine.Records.Delete(f.Db, people.Id, boss.Id);
        Assert.That(f.Get(people, worker).Fields.ContainsKey(manager.Id), Is.False);
        Assert.That(f.Engine.Tables.Get(f.Db, people.Id).Fields, Has.Count.EqualTo(2));
    }

    [Test]
    public void Deleting_one_side_of_a_link_unpairs_the_other()
    {
        using var f = new TestEngine();
        var (companies, contacts, link, inverse) = Tables(f);
        var acme = f.Create(companies, ("Name", "Acme"));
        f.Create(contacts, ("Name", "Ada"), ("Company", acme.Id.Value));

        f.Engine.Fields.Delete(f.Db, contacts.Id, link.Id);

        var remaining = f.Engine.Fields.Get(f.Db, companies.Id, inverse.Id);
        Assert.That(remaining.Options.TryGetProperty("inverseLinkFieldId", out _), Is.False);
        Assert.That(Links(f.Get(companies, acme), inverse).Count(), Is.EqualTo(1));
    }

    private static (Table Companies, Table Contacts, Field Link, Field Inverse) Tables(TestEngine f)
    {
        var companies = f.Table("Companies", Field("Name", FieldTypeNames.SingleLineText));
        var contacts = f.Table("Contacts", Field("Name", FieldTypeNames.SingleLineText));
        var link = f.Engine.Fields.Add(f.Db, contacts.Id, Field("Company", FieldTypeNames.LinkedRecord, $$"""{"linkedTableId":"{{companies.Id}}"}"""));
        companies = f.Engine.Tables.Get(f.Db, companies.Id);
        contacts = f.Engine.Tables.Get(f.Db, contacts.Id);
        return (companies, contacts, link, companies.Fields.Single(x => x.Type == FieldTypeNames.LinkedRecord));
    }

    private static IEnumerable<(RecordId, string)> Links(Record record, Field field) =>
        record.Get<IReadOnlyList<LinkedRecord>>(field.Id)?.Select(l => (l.Id, l.Label)) ?? [];
}
