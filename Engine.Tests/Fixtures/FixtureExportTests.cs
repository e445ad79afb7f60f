using System.Text.Json;
using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Fixtures;

[TestFixture]
public sealed class FixtureExportTests
{
    [Test]
    public void Export_gives_identical_json_when_seeded_into_an_empty_engine_and_exported_again()
    {
        using var source = TestEngine.Open();
        FixtureSampleData.Build(source);
        var exported = source.Fixtures.Export();

        using var target = TestBackend.Open();
        target.Fixtures.Seed(exported);

        Assert.That(target.Fixtures.Export(), Is.EqualTo(exported));
    }

    [Test]
    public void Export_keys_records_by_field_names_and_links_by_record_id()
    {
        using var engine = TestEngine.Open();
        var db = FixtureSampleData.Build(engine);
        var companies = engine.Tables.List(db.Id).Items.First(t => t.Name == "Companies");
        var acme = engine.Records.List(db.Id, companies.Id).Items[0];

        var json = JsonElement.Parse(engine.Fixtures.Export(db.Id));
        var contacts = json.GetProperty("databases")[0].GetProperty("tables")[1];
        var grace = contacts.GetProperty("records")[0].GetProperty("fields");

        Assert.That(contacts.GetProperty("name").GetString(), Is.EqualTo("Contacts"));
        Assert.That(grace.GetProperty("Name").GetString(), Is.EqualTo("Grace"));
        Assert.That(grace.GetProperty("Company")[1].GetString(), Is.EqualTo(acme.Id.Value));
        Assert.That(grace.GetProperty("Tags").EnumerateArray().Select(t => t.GetString()), Is.EqualTo(new[] { "b", "a" }));
        Assert.That(grace.TryGetProperty("Shout", out _), Is.False, "computed values are not exported");
    }

    [Test]
    public void Seed_keeps_record_ids_links_and_computed_values()
    {
        using var source = TestEngine.Open();
        var db = FixtureSampleData.Build(source);
        var contactsBefore = source.Tables.List(db.Id).Items.First(t => t.Name == "Contacts");
        var grace = source.Records.List(db.Id, contactsBefore.Id).Items[0];

        using var target = TestBackend.Open();
        var seeded = target.Fixtures.Seed(source.Fixtures.Export()).Single();
        var contacts = target.Tables.List(seeded.Id).Items.First(t => t.Name == "Contacts");
        var copy = target.Records.Get(seeded.Id, contacts.Id, grace.Id);
        var shout = contacts.Fields.First(f => f.Name == "Shout").Id;
        var size = contacts.Fields.First(f => f.Name == "Company size").Id;

        Assert.That(copy[shout], Is.EqualTo("GRACE"));
        Assert.That(copy[size], Is.EqualTo(grace[contactsBefore.Fields.First(f => f.Name == "Company size").Id]));
        Assert.That(seeded.Name, Is.EqualTo("CRM"));
    }

    [Test]
    public void Seed_leaves_a_value_empty_when_the_fixture_leaves_it_out_even_with_a_default()
    {
        using var source = TestEngine.Open();
        var db = FixtureSampleData.Build(source);

        using var target = TestBackend.Open();
        var seeded = target.Fixtures.Seed(source.Fixtures.Export(db.Id)).Single();
        var companies = target.Tables.List(seeded.Id).Items.First(t => t.Name == "Companies");
        var initech = target.Records.List(seeded.Id, companies.Id).Items[1];

        Assert.That(initech.Fields.ContainsKey(companies.Fields.First(f => f.Name == "Stage").Id), Is.False);
    }

    [Test]
    public void Seed_throws_bad_request_when_the_fixture_is_malformed()
    {
        using var engine = TestBackend.Open();

        Assert.That(() => engine.Fixtures.Seed("""{"databases":[{"name":"X","tables":[{"name":"T","fields":[]}]}]}"""), SoftrThrows.Code(ErrorCode.BadRequest));
        Assert.That(() => engine.Fixtures.Seed("{not json"), SoftrThrows.Code(ErrorCode.BadRequest));
        Assert.That(() => engine.Fixtures.Seed("""{"format":"other","databases":[]}"""), SoftrThrows.Code(ErrorCode.BadRequest));
    }

    [Test]
    public void Seed_throws_unknown_field_when_a_record_names_no_field()
    {
        using var engine = TestBackend.Open();
        const string fixture = """
            {"databases":[{"name":"X","tables":[{"name":"T","primaryField":"Name",
              "fields":[{"name":"Name","type":"SINGLE_LINE_TEXT"}],
              "records":[{"id":"AAAAAAAAAAAAAA","fields":{"Nope":"x"}}]}]}]}
            """;

        Assert.That(() => engine.Fixtures.Seed(fixture), SoftrThrows.Code(ErrorCode.UnknownField));
    }

    [Test]
    public void Export_throws_bad_request_when_two_fields_of_a_table_share_a_name()
    {
        using var engine = TestEngine.Open();
        var db = engine.NewDatabase();
        engine.Tables.Create(db.Id, new NewTable("T")
        {
            Fields = [new NewField("Name", FieldTypeNames.SingleLineText), new NewField("Name", FieldTypeNames.Number)],
        });

        Assert.That(() => engine.Fixtures.Export(db.Id), SoftrThrows.Code(ErrorCode.BadRequest));
    }

    [Test]
    public void Export_throws_resource_not_found_when_the_database_does_not_exist()
    {
        using var engine = TestEngine.Open();

        Assert.That(() => engine.Fixtures.Export(new DatabaseId(Guid.NewGuid().ToString())), SoftrThrows.Code(ErrorCode.ResourceNotFound));
    }
}
