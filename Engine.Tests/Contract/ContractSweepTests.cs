using System.Reflection;
using System.Text.Json.Nodes;
using SoftrLite.Rest;
using SoftrLite.Tests.Rest;
using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Contract;

/// <summary>
/// Drives every documented operation, every field type and every error status through the validating REST layer,
/// so that each kind of body the engine can produce is checked against the OpenAPI document at least once.
/// </summary>
[TestFixture]
public sealed class ContractSweepTests
{
    /// <summary>Every field type the engine knows (<see cref="FieldTypeNames"/>).</summary>
    public static IEnumerable<string> FieldTypes() =>
        typeof(FieldTypeNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(FieldTypes))]
    public void Field_endpoints_conform_for_every_field_type(string type)
    {
        using var engine = TestEngine.Open();
        var api = new RestTestClient(engine);
        var (db, table, other) = TwoLinkedTables(api, engine);
        var fields = $"/databases/{db}/tables/{table.Id}/fields";
        var body = new JsonObject { ["name"] = "Sweep", ["type"] = type };
        if (OptionsFor(type, table, other) is { } options)
        {
            body["options"] = options;
        }

        var created = Call(api, "POST", fields, body);
        var id = created["data"]!["id"]!.GetValue<string>();
        Call(api, "GET", $"{fields}/{id}");
        Call(api, "PUT", $"{fields}/{id}", new JsonObject { ["name"] = "Swept", ["description"] = "renamed" });
        Call(api, "GET", $"/databases/{db}/tables/{table.Id}");
        Call(api, "POST", $"/databases/{db}/tables/{table.Id}/records", new JsonObject { ["fields"] = new JsonObject { [table.Name] = "r" } });
        Call(api, "GET", $"/databases/{db}/tables/{table.Id}/records?fieldNames=true");
        var deleted = api.Send("DELETE", $"{fields}/{id}");

        Assert.That(created["data"]!["type"]!.GetValue<string>(), Is.EqualTo(type));
        Assert.That(deleted.Status, Is.EqualTo(204));
    }

    [Test]
    public void Field_ai_options_read_with_every_documented_key_filled()
    {
        using var engine = TestEngine.Open();
        var api = new RestTestClient(engine);
        var (db, table, _) = TwoLinkedTables(api, engine);

        var field = Call(api, "POST", $"/databases/{db}/tables/{table.Id}/fields", JsonNode.Parse("""
            {"name":"Summary","type":"LONG_TEXT","aiOptions":{"aiFillable":true,"prompt":"Summarise {Name}"}}
            """))["data"]!;

        Assert.That(field["aiOptions"]?.ToJsonString(), Is.EqualTo("""
            {"aiFillable":true,"aiOnly":true,"allowWebSearch":false,"aiModel":"GPT_4_1","prompt":"Summarise {Name}","canBeTriggeredManually":true,"runWhenRecordIsCreated":true,"runWhenRecordIsUpdated":true}
            """.Trim()));
    }

    [Test]
    public void Every_documented_operation_conforms_on_success()
    {
        using var engine = TestEngine.Open();
        var api = new RestTestClient(engine);
        var (db, table, _) = TwoLinkedTables(api, engine);
        var records = $"/databases/{db}/tables/{table.Id}/records";

        var statuses = new List<int>
        {
            api.Send("GET", "/databases").Status,
            api.Send("GET", $"/databases/{db}").Status,
            api.Send("PUT", $"/databases/{db}", """{"name":"Renamed","description":null}""").Status,
            api.Send("GET", $"/databases/{db}/tables?limit=1").Status,
            api.Send("PUT", $"/databases/{db}/tables/{table.Id}", """{"name":"Items","description":"d"}""").Status,
            api.Send("GET", $"/databases/{db}/tables/{table.Id}/views").Status,
        };
        var record = Call(api, "POST", records, new JsonObject { ["fields"] = new JsonObject { [table.Name] = "one" } })["data"]!["id"]!.GetValue<string>();
        statuses.Add(api.Send("GET", $"{records}/{record}").Status);
        statuses.Add(api.Send("PATCH", $"{records}/{record}", """{"fields":{}}""").Status);
        statuses.Add(api.Send("GET", $"{records}?offset=0&limit=1").Status);
        statuses.Add(api.Send("POST", $"{records}/search", """{"paging":{"offset":0,"limit":1}}""").Status);
        statuses.Add(api.Send("DELETE", $"{records}/{record}").Status);
        statuses.Add(api.Send("DELETE", $"/databases/{db}/tables/{table.Id}?force=true").Status);
        statuses.Add(api.Send("DELETE", $"/databases/{db}?force=true").Status);

        Assert.That(statuses, Is.EqualTo(new[] { 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 204, 204, 204 }));
    }

    // PUT on a record is the engine's documented alias of PATCH ("Differences from the cloud"): the contract checks it
    // against PATCH's declared answers.
    [Test]
    public void Record_put_is_an_operation_of_the_document()
    {
        using var engine = TestEngine.Open();
        var api = new RestTestClient(engine);
        var (db, table, _) = TwoLinkedTables(api, engine);
        var records = $"/databases/{db}/tables/{table.Id}/records";
        var record = Call(api, "POST", records, new JsonObject { ["fields"] = new JsonObject { [table.Name] = "one" } })["data"]!["id"]!.GetValue<string>();

        Assert.That(() => api.Send("PUT", $"{records}/{record}", """{"fields":{}}"""), Throws.Nothing);
    }

    [TestCase("POST", "/databases", "{not json", 400, "BAD_REQUEST")]
    [TestCase("GET", "/databases?limit=-1", null, 400, "BAD_REQUEST")]
    [TestCase("GET", "/databases/00000000-0000-0000-0000-000000000000", null, 404, "RESOURCE_NOT_FOUND")]
    [TestCase("GET", "/databases/{db}/tables/AAAAAAAAAAAAAA", null, 404, "RESOURCE_NOT_FOUND")]
    [TestCase("GET", "/databases/{db}/tables/{table}/fields/AAAAA", null, 404, "RESOURCE_NOT_FOUND")]
    [TestCase("GET", "/databases/{db}/tables/{table}/records/AAAAAAAAAAAAAA", null, 404, "RESOURCE_NOT_FOUND")]
    [TestCase("GET", "/databases/{db}/widgets", null, 404, "RESOURCE_NOT_FOUND")]
    [TestCase("PATCH", "/databases", "{}", 404, "RESOURCE_NOT_FOUND")]
    [TestCase("DELETE", "/databases/{db}", null, 400, "BAD_REQUEST")]
    [TestCase("DELETE", "/databases/{db}/tables/{table}", null, 400, "BAD_REQUEST")]
    [TestCase("POST", "/databases/{db}/tables/{table}/records", """{"fields":{"Nope":1}}""", 400, "UNKNOWN_FIELD")]
    [TestCase("POST", "/databases/{db}/tables/{table}/records", """{"fields":{"Name":[1]}}""", 400, "VALIDATION_ERROR")]
    [TestCase("POST", "/databases/{db}/tables/{table}/records/search", """{"filter":{"condition":{"operator":"NOPE","leftSide":"Name"}}}""", 400, "BAD_REQUEST")]
    [TestCase("PUT", "/databases/{db}/tables/{table}/fields/{primary}", """{"type":"NUMBER"}""", 400, "BAD_REQUEST")]
    public void Error_responses_conform(string method, string path, string? body, int status, string code)
    {
        using var engine = TestEngine.Open();
        var api = new RestTestClient(engine);
        var (db, table, _) = TwoLinkedTables(api, engine);
        api.Send("POST", $"/databases/{db}/tables/{table.Id}/records", $$$"""{"fields":{"{{{table.Name}}}":"keep"}}""");
        var resolved = path.Replace("{db}", db, StringComparison.Ordinal).Replace("{table}", table.Id, StringComparison.Ordinal)
            .Replace("{primary}", table.PrimaryId, StringComparison.Ordinal);

        var response = api.Send(method, resolved, body);

        Assert.That(response.Status, Is.EqualTo(status), response.Body);
        Assert.That(RestTestClient.ErrorCode(response), Is.EqualTo(code));
    }

    [Test]
    public void Auth_errors_conform()
    {
        using var engine = TestEngine.Open();
        var reader = engine.Tokens.Create("reader", TokenAccess.ViewOnly, [engine.Workspaces.Default.Id]);
        var api = new RestTestClient(engine);

        var missing = api.Send("GET", "/databases");
        api.ApiKey = "not-a-token";
        var unknown = api.Send("GET", "/databases");
        api.ApiKey = reader.Secret;
        var forbidden = api.Send("POST", "/databases", $$"""{"workspaceId":"{{engine.Workspaces.Default.Id}}","name":"X"}""");

        Assert.That(new[] { missing.Status, unknown.Status, forbidden.Status }, Is.EqualTo(new[] { 401, 401, 403 }));
    }

    [Test]
    public void Limit_errors_conform()
    {
        // On a stopped clock, so that the 60 requests fall in one window of the rate limit however slow the back end is.
        using var engine = TestBackend.Open(new SoftrEngineOptions
        {
            IdSeed = 42,
            Quotas = SoftrQuotas.Default with { DatabasesPerWorkspace = 1 },
            TimeProvider = new ManualClock(TestEngine.Now),
        });
        var token = engine.Tokens.Create("t", TokenAccess.Full, [engine.Workspaces.Default.Id]);
        var small = new RestTestClient(engine, new RestApiOptions { MaxBodyBytes = 10 }) { ApiKey = token.Secret };
        var limited = new RestTestClient(engine, new RestApiOptions { RateLimits = RateLimitProfile.CloudLike }) { ApiKey = token.Secret };
        var create = $$"""{"workspaceId":"{{engine.Workspaces.Default.Id}}","name":"X"}""";

        var tooLarge = small.Send("POST", "/databases", create);
        limited.Send("POST", "/databases", create);
        var overQuota = limited.Send("POST", "/databases", create);
        var statuses = Enumerable.Range(0, 60).Select(_ => limited.Send("GET", "/databases").Status).ToArray();

        Assert.That(tooLarge.Status, Is.EqualTo(413));
        Assert.That(overQuota.Status, Is.EqualTo(402));
        Assert.That(statuses, Does.Contain(429));
    }

    private static (string Db, TableRef Table, TableRef Other) TwoLinkedTables(RestTestClient api, SoftrEngine engine)
    {
        var db = Call(api, "POST", "/databases", new JsonObject { ["workspaceId"] = engine.Workspaces.Default.Id.Value, ["name"] = "Sweep" })["data"]!["id"]!.GetValue<string>();
        var other = Call(api, "POST", $"/databases/{db}/tables", JsonNode.Parse("""{"name":"Other","fields":[{"name":"Title","type":"SINGLE_LINE_TEXT"},{"name":"Amount","type":"NUMBER"}]}"""))["data"]!;
        var otherRef = new TableRef(other["id"]!.GetValue<string>(), "Title", other["fields"]![0]!["id"]!.GetValue<string>(), other["fields"]![1]!["id"]!.GetValue<string>(), null);
        var table = Call(api, "POST", $"/databases/{db}/tables", JsonNode.Parse($$$"""
            {"name":"Main","fields":[{"name":"Name","type":"SINGLE_LINE_TEXT"},{"name":"Link","type":"LINKED_RECORD","options":{"linkedTableId":"{{{otherRef.Id}}}"}}]}
            """))["data"]!;
        var tableRef = new TableRef(table["id"]!.GetValue<string>(), "Name", table["fields"]![0]!["id"]!.GetValue<string>(), null, table["fields"]![1]!["id"]!.GetValue<string>());
        return (db, tableRef, otherRef);
    }

    private static JsonObject? OptionsFor(string type, TableRef table, TableRef other) => type switch
    {
        FieldTypeNames.Select => new JsonObject { ["choices"] = new JsonArray(new JsonObject { ["label"] = "A" }) },
        FieldTypeNames.LinkedRecord => new JsonObject { ["linkedTableId"] = other.Id },
        FieldTypeNames.Lookup => new JsonObject { ["linkedRecordFieldId"] = table.LinkId, ["lookupFieldId"] = other.PrimaryId },
        FieldTypeNames.Rollup => new JsonObject { ["linkedRecordFieldId"] = table.LinkId, ["rollupFieldId"] = other.NumberId, ["function"] = "SUM" },
        FieldTypeNames.Count => new JsonObject { ["linkedRecordFieldId"] = table.LinkId },
        FieldTypeNames.Formula => new JsonObject { ["formula"] = "{Name} & \"!\"" },
        _ => null,
    };

    private static JsonNode Call(RestTestClient api, string method, string path, JsonNode? body = null)
    {
        var response = api.Send(method, path, body?.ToJsonString());
        Assert.That(response.Status, Is.EqualTo(200), () => $"{method} {path}: {response.Body}");
        return JsonNode.Parse(response.Body!)!;
    }

    private sealed record TableRef(string Id, string Name, string PrimaryId, string? NumberId, string? LinkId);
}
