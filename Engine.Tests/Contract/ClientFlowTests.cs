using System.Text.Json.Nodes;
using SoftrLite.Rest;
using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Contract;

/// <summary>
/// Real clients' request sequences replayed through the validating REST layer, asserting what each client reads:
/// a page handler, a paging script, a no-code connector and an AI agent.
/// </summary>
[TestFixture]
public sealed class ClientFlowTests
{
    [Test]
    public void Handler_reads_select_and_link_labels_when_listing_records_by_field_name()
    {
        using var engine = OpenEngine(out _);
        var api = new ValidatingRestApi(engine);
        var db = Ok(api, "POST", "/databases", new JsonObject { ["workspaceId"] = engine.Workspaces.Default.Id.Value, ["name"] = "Sales" })["data"]!["id"]!.GetValue<string>();
        var companies = CreateTable(api, db, "Companies", """[{"name":"Name","type":"SINGLE_LINE_TEXT"}]""");
        var deals = CreateTable(api, db, "Deals", $$$"""
            [{"name":"Title","type":"SINGLE_LINE_TEXT"},
             {"name":"Status","type":"SELECT","options":{"choices":[{"label":"Open"},{"label":"Won"}]}},
             {"name":"Company","type":"LINKED_RECORD","options":{"linkedTableId":"{{{companies.Id}}}"}}]
            """);
        var acme = CreateRecord(api, db, companies.Id, new JsonObject { [companies.Ids["Name"]] = "Acme" });
        CreateRecord(api, db, deals.Id, new JsonObject { [deals.Ids["Title"]] = "Big deal", [deals.Ids["Status"]] = "Won", [deals.Ids["Company"]] = new JsonArray(acme) });

        // The handler: read the schema, map names to IDs, list by name, read labels.
        var schema = Ok(api, "GET", $"/databases/{db}/tables/{deals.Id}")["data"]!;
        var idsByName = schema["fields"]!.AsArray().ToDictionary(f => f!["name"]!.GetValue<string>(), f => f!["id"]!.GetValue<string>());
        var record = Ok(api, "GET", $"/databases/{db}/tables/{deals.Id}/records?fieldNames=true")["data"]!.AsArray().Single()!;
        var byId = Ok(api, "GET", $"/databases/{db}/tables/{deals.Id}/records/{record["id"]!.GetValue<string>()}")["data"]!["fields"]!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(idsByName, Is.EquivalentTo(deals.Ids));
            Assert.That(Label(record["fields"]!["Status"]), Is.EqualTo("Won"));
            Assert.That(ChoiceId(record["fields"]!["Status"]), Is.EqualTo(deals.Choices["Won"]));
            Assert.That(record["fields"]!["Company"]![0]!["label"]!.GetValue<string>(), Is.EqualTo("Acme"));
            Assert.That(Label(byId[idsByName["Status"]]), Is.EqualTo("Won"));
        }
    }

    [Test]
    public void Script_pages_until_it_holds_the_total_then_groups_by_select_label()
    {
        using var engine = OpenEngine(out _);
        var api = new ValidatingRestApi(engine);
        var db = Ok(api, "POST", "/databases", new JsonObject { ["workspaceId"] = engine.Workspaces.Default.Id.Value, ["name"] = "Ops" })["data"]!["id"]!.GetValue<string>();
        var table = CreateTable(api, db, "Tickets", """
            [{"name":"Name","type":"SINGLE_LINE_TEXT"},{"name":"Stage","type":"SELECT","options":{"choices":[{"label":"New"},{"label":"Doing"},{"label":"Done"}]}}]
            """);
        string[] stages = ["New", "Doing", "Done"];
        for (var i = 0; i < 23; i++)
        {
            CreateRecord(api, db, table.Id, new JsonObject { [table.Ids["Name"]] = $"T{i}", [table.Ids["Stage"]] = stages[i % 3] });
        }

        // The script: page with offset/limit until it holds metadata.total records.
        const int Limit = 5;
        var held = new List<JsonNode>();
        var requests = 0;
        var offset = 0;
        int total;
        do
        {
            var page = Ok(api, "GET", $"/databases/{db}/tables/{table.Id}/records?offset={offset}&limit={Limit}");
            requests++;
            total = page["metadata"]!["total"]!.GetValue<int>();
            held.AddRange(page["data"]!.AsArray().Select(r => r!));
            offset += Limit;
        }
        while (held.Count < total && requests < 100);

        var groups = held.GroupBy(r => Label(r["fields"]![table.Ids["Stage"]])).ToDictionary(g => g.Key, g => g.Count());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(requests, Is.EqualTo(5));
            Assert.That(held.Select(r => r["id"]!.GetValue<string>()).Distinct().Count(), Is.EqualTo(23));
            Assert.That(groups, Is.EquivalentTo(new Dictionary<string, int> { ["New"] = 8, ["Doing"] = 8, ["Done"] = 7 }));
        }
    }

    [Test]
    public void Connector_builds_a_form_writes_choice_ids_and_polls_new_records_by_created_at()
    {
        using var engine = OpenEngine(out var clock);
        var api = new ValidatingRestApi(engine);
        var db = Ok(api, "POST", "/databases", new JsonObject { ["workspaceId"] = engine.Workspaces.Default.Id.Value, ["name"] = "Forms" })["data"]!["id"]!.GetValue<string>();
        var table = CreateTable(api, db, "Requests", """[{"name":"Subject","type":"SINGLE_LINE_TEXT"}]""");
        CreateRecord(api, db, table.Id, new JsonObject { [table.Ids["Subject"]] = "Old request" });

        // The connector: add a SELECT field from labels, read the table to build its form.
        var added = Ok(api, "POST", $"/databases/{db}/tables/{table.Id}/fields", JsonNode.Parse("""
            {"name":"Priority","type":"SELECT","options":{"choices":[{"label":"Low"},{"label":"High"}]}}
            """))["data"]!;
        var form = Ok(api, "GET", $"/databases/{db}/tables/{table.Id}")["data"]!["fields"]!.AsArray()
            .Select(f => (Id: f!["id"]!.GetValue<string>(), Name: f["name"]!.GetValue<string>(), Type: f["type"]!.GetValue<string>(),
                Choices: f["options"]?["choices"]?.AsArray().ToDictionary(c => c!["label"]!.GetValue<string>(), c => c!["id"]!.GetValue<string>())))
            .ToArray();
        var priority = form.Single(f => f.Name == "Priority");
        var subject = form.Single(f => f.Name == "Subject");

        // It polls: the first poll sees what exists, later polls continue from the offset it reached.
        var seen = Poll(api, db, table.Id, 0);
        var high = priority.Choices!["High"];
        var low = priority.Choices["Low"];
        clock.Advance(TimeSpan.FromSeconds(1));
        var first = CreateRecord(api, db, table.Id, new JsonObject { [subject.Id] = "Printer", [priority.Id] = high });
        clock.Advance(TimeSpan.FromSeconds(1));
        var second = CreateRecord(api, db, table.Id, new JsonObject { [subject.Id] = "Chair", [priority.Id] = low });
        var fresh = Poll(api, db, table.Id, seen.Count);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(added["type"]!.GetValue<string>(), Is.EqualTo("SELECT"));
            Assert.That(priority.Type, Is.EqualTo("SELECT"));
            Assert.That(priority.Choices.Keys, Is.EqualTo(new[] { "Low", "High" }));
            Assert.That(seen, Has.Count.EqualTo(1));
            Assert.That(fresh.Select(r => r["id"]!.GetValue<string>()), Is.EqualTo(new[] { first, second }));
            Assert.That(fresh.Select(r => ChoiceId(r["fields"]![priority.Id])), Is.EqualTo(new[] { high, low }));
            Assert.That(fresh.Select(r => Label(r["fields"]![priority.Id])), Is.EqualTo(new[] { "High", "Low" }));
        }
    }

    [Test]
    public void Agent_patches_one_field_and_read_merge_writes_a_multi_select_and_a_link()
    {
        using var engine = OpenEngine(out _);
        var api = new ValidatingRestApi(engine);
        var db = Ok(api, "POST", "/databases", new JsonObject { ["workspaceId"] = engine.Workspaces.Default.Id.Value, ["name"] = "Dev" })["data"]!["id"]!.GetValue<string>();
        var people = CreateTable(api, db, "People", """[{"name":"Name","type":"SINGLE_LINE_TEXT"}]""");
        var ada = CreateRecord(api, db, people.Id, new JsonObject { [people.Ids["Name"]] = "Ada" });
        var grace = CreateRecord(api, db, people.Id, new JsonObject { [people.Ids["Name"]] = "Grace" });
        var tasks = CreateTable(api, db, "Tasks", $$$"""
            [{"name":"Title","type":"SINGLE_LINE_TEXT"},{"name":"Done","type":"CHECKBOX"},
             {"name":"Labels","type":"SELECT","allowMultipleEntries":true,"options":{"choices":[{"label":"Bug"},{"label":"Feature"},{"label":"Docs"}]}},
             {"name":"Owners","type":"LINKED_RECORD","allowMultipleEntries":true,"options":{"linkedTableId":"{{{people.Id}}}"}}]
            """);
        var (title, done, labels, owners) = (tasks.Ids["Title"], tasks.Ids["Done"], tasks.Ids["Labels"], tasks.Ids["Owners"]);
        var records = $"/databases/{db}/tables/{tasks.Id}/records";

        // The agent: post keyed by field IDs, list by name, patch one field.
        var posted = Ok(api, "POST", records, new JsonObject
        {
            ["fields"] = new JsonObject { [title] = "Fix login", [labels] = new JsonArray(tasks.Choices["Bug"]), [owners] = new JsonArray(ada) },
        })["data"]!["id"]!.GetValue<string>();
        var listed = Ok(api, "GET", records + "?limit=200&fieldNames=true");
        var patched = Ok(api, "PATCH", $"{records}/{posted}", new JsonObject { ["fields"] = new JsonObject { [done] = true } })["data"]!["fields"]!;

        // Read-merge-write: read the arrays of {id, label}, append, write them back whole.
        var current = Ok(api, "GET", $"{records}/{posted}")["data"]!["fields"]!;
        var mergedLabels = current[labels]!.AsArray().DeepClone().AsArray();
        mergedLabels.Add(new JsonObject { ["id"] = tasks.Choices["Docs"], ["label"] = "Docs" });
        var mergedOwners = current[owners]!.AsArray().DeepClone().AsArray();
        mergedOwners.Add(new JsonObject { ["id"] = grace });
        var merged = Ok(api, "PATCH", $"{records}/{posted}", new JsonObject { ["fields"] = new JsonObject { [labels] = mergedLabels, [owners] = mergedOwners } })["data"]!["fields"]!;
        var reread = Ok(api, "GET", $"{records}/{posted}?fieldNames=true")["data"]!["fields"]!;

        var row = listed["data"]!.AsArray().Single(r => r!["fields"]!["Title"]!.GetValue<string>() == "Fix login")!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(listed["metadata"]!["limit"]!.GetValue<int>(), Is.EqualTo(200));
            Assert.That(row["fields"]!["Labels"]!.ToJsonString(), Is.EqualTo($$"""[{"id":"{{tasks.Choices["Bug"]}}","label":"Bug"}]"""));
            Assert.That(row["fields"]!["Owners"]!.ToJsonString(), Is.EqualTo($$"""[{"id":"{{ada}}","label":"Ada"}]"""));
            Assert.That(patched[done]!.GetValue<bool>(), Is.True);
            Assert.That(patched[title]!.GetValue<string>(), Is.EqualTo("Fix login"));
            Assert.That(merged[done]!.GetValue<bool>(), Is.True);
            Assert.That(reread["Labels"]!.AsArray().Select(Label), Is.EqualTo(new[] { "Bug", "Docs" }));
            Assert.That(reread["Labels"]!.AsArray().Select(ChoiceId), Is.EqualTo(new[] { tasks.Choices["Bug"], tasks.Choices["Docs"] }));
            Assert.That(reread["Owners"]!.ToJsonString(), Is.EqualTo($$"""[{"id":"{{ada}}","label":"Ada"},{"id":"{{grace}}","label":"Grace"}]"""));
        }
    }

    /// <summary>What a client reads from a SELECT value: its <c>label</c>; the value must be the object form.</summary>
    private static string Label(JsonNode? value) => ChoiceObject(value)["label"]!.GetValue<string>();

    private static string ChoiceId(JsonNode? value) => ChoiceObject(value)["id"]!.GetValue<string>();

    private static JsonObject ChoiceObject(JsonNode? value)
    {
        Assert.That(value, Is.InstanceOf<JsonObject>(), () => $"a SELECT value reads as {{\"id\", \"label\"}}; got {value?.ToJsonString() ?? "nothing"}");
        return value!.AsObject();
    }

    private static SoftrEngine OpenEngine(out ManualClock clock)
    {
        clock = new ManualClock(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        return TestBackend.Open(new SoftrEngineOptions { TimeProvider = clock, IdSeed = 7 });
    }

    /// <summary>One connector poll: search sorted by the system key <c>created_at</c>, from an offset, 100 at a time.</summary>
    private static List<JsonNode> Poll(ValidatingRestApi api, string db, string table, int offset)
    {
        var found = new List<JsonNode>();
        while (true)
        {
            var page = Ok(api, "POST", $"/databases/{db}/tables/{table}/records/search", JsonNode.Parse($$$"""
                {"sorting":[{"sortingField":"created_at","sortType":"ASC"}],"paging":{"offset":{{{offset}}},"limit":100}}
                """));
            var items = page["data"]!.AsArray();
            found.AddRange(items.Select(r => r!));
            offset += items.Count;
            if (items.Count == 0 || offset >= page["metadata"]!["total"]!.GetValue<int>())
            {
                return found;
            }
        }
    }

    private static JsonNode Ok(ValidatingRestApi api, string method, string path, JsonNode? body = null)
    {
        var response = api.Send(new RestRequest(method, path, body?.ToJsonString()));
        Assert.That(response.Status, Is.EqualTo(200), () => $"{method} {path}: {response.Body}");
        return JsonNode.Parse(response.Body!)!;
    }

    private static TableInfo CreateTable(ValidatingRestApi api, string db, string name, string fieldsJson)
    {
        var table = Ok(api, "POST", $"/databases/{db}/tables", new JsonObject { ["name"] = name, ["fields"] = JsonNode.Parse(fieldsJson) })["data"]!;
        var fields = table["fields"]!.AsArray();
        return new TableInfo(
            table["id"]!.GetValue<string>(),
            fields.ToDictionary(f => f!["name"]!.GetValue<string>(), f => f!["id"]!.GetValue<string>()),
            fields.SelectMany(f => f!["options"]?["choices"]?.AsArray() ?? [])
                .ToDictionary(c => c!["label"]!.GetValue<string>(), c => c!["id"]!.GetValue<string>()));
    }

    private static string CreateRecord(ValidatingRestApi api, string db, string table, JsonObject fields) =>
        Ok(api, "POST", $"/databases/{db}/tables/{table}/records", new JsonObject { ["fields"] = fields })["data"]!["id"]!.GetValue<string>();

    private sealed record TableInfo(string Id, Dictionary<string, string> Ids, Dictionary<string, string> Choices);
}
