using System.Text.Json;
using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Rest;

/// <summary>A field's <c>aiOptions</c> are checked against the OpenAPI schema, refused when unknown, and filled with defaults.</summary>
public sealed class RestAiOptionsTests
{
    private const string Defaults = """{"aiFillable":false,"aiOnly":true,"allowWebSearch":false,"aiModel":"GPT_4_1","prompt":"","canBeTriggeredManually":true,"runWhenRecordIsCreated":true,"runWhenRecordIsUpdated":true}""";

    [TestCase("""{"aiFillable":"yes"}""")]
    [TestCase("""{"prompt":7}""")]
    [TestCase("""{"aiFillable":"yes","prompt":7}""")]
    [TestCase("""{"aiModel":null}""")]
    [TestCase("""{"aiOnly":1}""")]
    [TestCase("""{"runOnUpdateMode":"ALWAYS"}""")]
    [TestCase("""{"aifillable":true}""")]
    [TestCase("\"on\"")]
    [TestCase("[]")]
    public void Add_field_answers_bad_request_and_adds_nothing_when_ai_options_break_the_schema(string aiOptions)
    {
        using var engine = TestEngine.Open();
        var (client, path) = Table(engine);

        var response = client.Send("POST", path, $$"""{"name":"Summary","type":"LONG_TEXT","aiOptions":{{aiOptions}}}""");

        Assert.Multiple(() =>
        {
            Assert.That(response.Status, Is.EqualTo(400));
            Assert.That(RestTestClient.ErrorCode(response), Is.EqualTo("BAD_REQUEST"));
            Assert.That(client.Json("GET", path[..^"/fields".Length]).GetProperty("data").GetProperty("fields").GetArrayLength(), Is.EqualTo(1));
        });
    }

    [Test]
    public void Add_field_fills_the_declared_defaults_of_ai_options()
    {
        using var engine = TestEngine.Open();
        var (client, path) = Table(engine);

        var field = client.Json("POST", path, """{"name":"Summary","type":"LONG_TEXT","aiOptions":{"aiFillable":true,"prompt":"Sum up {Name}"}}""").GetProperty("data");

        Assert.That(
            field.GetProperty("aiOptions").GetRawText(),
            Is.EqualTo(Defaults.Replace("\"aiFillable\":false", "\"aiFillable\":true", StringComparison.Ordinal).Replace("\"prompt\":\"\"", "\"prompt\":\"Sum up {Name}\"", StringComparison.Ordinal)));
    }

    [TestCase("")]
    [TestCase(""","aiOptions":null""")]
    public void Add_field_reads_ai_options_as_null_when_none_are_given(string aiOptions)
    {
        using var engine = TestEngine.Open();
        var (client, path) = Table(engine);

        var field = client.Json("POST", path, $$"""{"name":"Summary","type":"LONG_TEXT"{{aiOptions}}}""").GetProperty("data");

        Assert.That(field.GetProperty("aiOptions").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public void Update_field_lays_given_ai_options_over_the_stored_ones_and_null_clears_them()
    {
        using var engine = TestEngine.Open();
        var (client, path) = Table(engine);
        var id = client.Json("POST", path, """{"name":"Summary","type":"LONG_TEXT","aiOptions":{"aiFillable":true}}""").GetProperty("data").GetProperty("id").GetString();

        var updated = client.Json("PUT", $"{path}/{id}", """{"aiOptions":{"prompt":"Again"}}""").GetProperty("data").GetProperty("aiOptions");
        var refused = client.Send("PUT", $"{path}/{id}", """{"aiOptions":{"prompt":false}}""");
        var kept = client.Json("GET", $"{path}/{id}").GetProperty("data").GetProperty("aiOptions");
        var cleared = client.Json("PUT", $"{path}/{id}", """{"aiOptions":null}""").GetProperty("data").GetProperty("aiOptions");

        Assert.Multiple(() =>
        {
            Assert.That(updated.GetProperty("aiFillable").GetBoolean(), Is.True);
            Assert.That(updated.GetProperty("prompt").GetString(), Is.EqualTo("Again"));
            Assert.That(updated.GetProperty("aiModel").GetString(), Is.EqualTo("GPT_4_1"));
            Assert.That(RestTestClient.ErrorCode(refused), Is.EqualTo("BAD_REQUEST"));
            Assert.That(kept.GetRawText(), Is.EqualTo(updated.GetRawText()));
            Assert.That(cleared.ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }

    private static (RestTestClient Client, string FieldsPath) Table(SoftrEngine engine)
    {
        var database = engine.NewDatabase();
        var client = new RestTestClient(engine);
        var table = client.Json("POST", $"/databases/{database.Id}/tables", """{"name":"T","fields":[{"name":"Name","type":"SINGLE_LINE_TEXT"}]}""").GetProperty("data");
        return (client, $"/databases/{database.Id}/tables/{table.GetProperty("id").GetString()}/fields");
    }
}
