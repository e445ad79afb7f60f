using System.Text.Json;
using SoftrLite.Tests.Support;
using static SoftrLite.Tests.Support.TestEngine;

namespace SoftrLite.Tests.Validation;

/// <summary>Validation without an engine gives the stored form a write would store, or the error a write would raise.</summary>
public sealed class StandaloneValidationTests
{
    private static readonly NewField[] Definitions =
    [
        Field("Name", FieldTypeNames.SingleLineText) with { Required = true },
        Field("Age", FieldTypeNames.Number, """{"precision":0}"""),
        Field("Email", FieldTypeNames.Email),
        Field("Status", FieldTypeNames.Select, """{"choices":[{"label":"Open"},{"label":"Done"}]}""") with { DefaultValue = "Open" },
        Field("Tags", FieldTypeNames.Select, """{"choices":[],"allowToAddNewChoice":true}""") with { AllowMultipleEntries = true },
        Field("Born", FieldTypeNames.Date),
        Field("No", FieldTypeNames.Autonumber),
    ];

    [TestCase("Age", "41.6", 42d)]
    [TestCase("Email", "\" ada@example.com \"", "ada@example.com")]
    [TestCase("Born", "\"2024-02-29\"", "2024-02-29")]
    [TestCase("Name", "\"Ada\"", "Ada")]
    public void Field_validator_stores_and_reads_back_what_a_write_does(string field, string json, object expected)
    {
        using var f = new TestEngine();
        var table = f.Table("People", Definitions);
        var values = new Dictionary<string, object?> { ["Name"] = "x", [field] = JsonElement.Parse(json) };
        var written = f.Engine.Records.Create(f.Db, table.Id, values)[field];

        var standalone = FieldValidator.For(Definitions.Single(d => d.Name == field));
        var fromEngineField = FieldValidator.For(table.Fields.Single(x => x.Name == field));
        var stored = standalone.Validate(JsonElement.Parse(json));

        Assert.Multiple(() =>
        {
            Assert.That(stored, Is.EqualTo(expected is double d ? StoredValue.FromReal(d) : StoredValue.FromText((string)expected)));
            Assert.That(fromEngineField.Validate(JsonElement.Parse(json)), Is.EqualTo(stored));
            Assert.That(standalone.Read(stored), Is.EqualTo(written));
        });
    }

    [TestCase("Age", "\"forty\"", ErrorCode.ValidationError)]
    [TestCase("Email", "\"not-an-email\"", ErrorCode.ValidationError)]
    [TestCase("Status", "\"Pending\"", ErrorCode.ValidationError)]
    [TestCase("Born", "\"29/02/2024\"", ErrorCode.ValidationError)]
    [TestCase("Name", "null", ErrorCode.ValidationError)]
    [TestCase("No", "5", ErrorCode.ValidationError)]
    public void Field_validator_raises_the_error_a_write_raises(string field, string json, ErrorCode code)
    {
        using var f = new TestEngine();
        var table = f.Table("People", Definitions);
        var record = f.Create(table, ("Name", "Ada"));
        var fromWrite = Assert.Throws<SoftrException>(() => f.Engine.Records.Update(f.Db, table.Id, record.Id, new Dictionary<string, object?> { [field] = JsonElement.Parse(json) }))!;

        var fromValidator = Assert.Throws<SoftrException>(() => FieldValidator.For(table.Fields.Single(x => x.Name == field)).Validate(JsonElement.Parse(json)))!;

        Assert.Multiple(() =>
        {
            Assert.That(fromWrite.Code, Is.EqualTo(code));
            Assert.That(fromValidator.Code, Is.EqualTo(code));
            Assert.That(fromValidator.Details, Is.EqualTo(fromWrite.Details));
        });
    }

    [Test]
    public void Record_validator_applies_keys_defaults_and_required_as_a_create_does()
    {
        var validator = RecordValidator.For(Definitions);
        var name = validator.Fields[0].Id;
        var status = validator.Fields[3].Id;

        var stored = validator.Validate(new Dictionary<string, object?> { ["Name"] = "Ada", ["Tags"] = new[] { "x", "y", "x" }, ["Age"] = 3 });

        Assert.Multiple(() =>
        {
            Assert.That(stored[name].Text, Is.EqualTo("Ada"));
            Assert.That(validator.Fields[3].Options.GetProperty("choices")[0].GetProperty("id").GetString(), Is.EqualTo(stored[status].Text));
            Assert.That(JsonSerializer.Deserialize<string[]>(stored[validator.Fields[4].Id].Text!), Has.Length.EqualTo(2));
            Assert.That(() => validator.Validate(new Dictionary<string, object?> { ["Age"] = 3 }), SoftrThrows.Code(ErrorCode.ValidationError));
            Assert.That(() => validator.Validate(new Dictionary<string, object?> { ["Name"] = "a", ["Nope"] = 3 }), SoftrThrows.Code(ErrorCode.UnknownField));
            Assert.That(() => validator.Validate(new Dictionary<string, object?> { ["Name"] = "a", ["No"] = 3 }), SoftrThrows.Code(ErrorCode.ValidationError));
        });
    }

    [Test]
    public void Validators_are_built_from_the_apis_field_and_table_json()
    {
        using var f = new TestEngine();
        var table = f.Table("People", Definitions);
        var json = new Rest.RestTestClient(f.Engine).Send("GET", $"/databases/{f.Db}/tables/{table.Id}").Body!;

        var fromTable = RecordValidator.FromJson(json);
        var fromRequest = FieldValidator.FromJson("""{"name":"Score","type":"RATING","options":{"max":3}}""");

        Assert.Multiple(() =>
        {
            Assert.That(fromTable.Fields.Select(x => x.Id), Is.EqualTo(table.Fields.Select(x => x.Id)));
            Assert.That(fromTable.Validate(new Dictionary<string, object?> { ["Name"] = "Ada" }), Has.Count.EqualTo(2));
            Assert.That(fromRequest.Read(fromRequest.Validate(3)), Is.EqualTo(3d));
            Assert.That(() => fromRequest.Validate(4), SoftrThrows.Code(ErrorCode.ValidationError));
            Assert.That(() => FieldValidator.FromJson("""{"name":"X","type":"RATING","options":{"max":"ten"}}"""), SoftrThrows.Code(ErrorCode.BadRequest));
            Assert.That(() => FieldValidator.FromJson("""{"name":"X","type":"NOPE"}"""), SoftrThrows.Code(ErrorCode.BadRequest));
            Assert.That(() => FieldValidator.FromJson("{"), SoftrThrows.Code(ErrorCode.BadRequest));
        });
    }

    [Test]
    public void Field_validator_reads_a_stored_value_as_a_record_shows_it()
    {
        var validator = FieldValidator.For(Definitions[3]);

        var stored = validator.Validate("done");

        Assert.That(validator.Read(stored), Is.EqualTo(new SelectChoice(stored.Text!, "Done")));
    }

}
