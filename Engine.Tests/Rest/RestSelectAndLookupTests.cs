using System.Text.Json;
using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Rest;

/// <summary>
/// SELECT values read as <c>{"id","label"}</c> objects (an array of them when multiple) and are written back in that
/// form; LOOKUP keeps one entry per linked record, <c>null</c> for an empty one.
/// </summary>
public sealed class RestSelectAndLookupTests
{
    [TestCase("")]
    [TestCase("?fieldNames=true")]
    public void Select_values_read_as_id_and_label_objects(string query)
    {
        using var engine = TestEngine.Open();
        var t = Tasks(engine);
        var id = t.Client.Json("POST", $"{t.Path}/records", """{"fields":{"Name":"a","Status":"done","Tags":["Red","blue"]}}""").GetProperty("data").GetProperty("id").GetString();

        var fields = t.Client.Json("GET", $"{t.Path}/records/{id}{query}").GetProperty("data").GetProperty("fields");
        var byName = query.Length > 0;

        Assert.Multiple(() =>
        {
            Assert.That(fields.GetProperty(byName ? "Status" : t.Status).GetRawText(), Is.EqualTo($$"""{"id":"{{t.Choice("Status", "Done")}}","label":"Done"}"""));
            Assert.That(
                fields.GetProperty(byName ? "Tags" : t.Tags).GetRawText(),
                Is.EqualTo($$"""[{"id":"{{t.Choice("Tags", "Red")}}","label":"Red"},{"id":"{{t.Choice("Tags", "Blue")}}","label":"Blue"}]"""));
        });
    }

    [Test]
    public void Select_values_read_as_select_choices_in_csharp()
    {
        using var engine = TestEngine.Open();
        var t = Tasks(engine);
        var record = engine.Records.Create(t.Database, t.Table, new Dictionary<string, object?> { ["Status"] = "Open", ["Tags"] = new[] { "Blue" } });

        Assert.Multiple(() =>
        {
            Assert.That(record[new FieldId(t.Status)], Is.EqualTo(new SelectChoice(t.Choice("Status", "Open"), "Open")));
            Assert.That(record[new FieldId(t.Tags)], Is.EqualTo(new[] { new SelectChoice(t.Choice("Tags", "Blue"), "Blue") }));
        });
    }

    [Test]
    public void Multi_select_updated_by_read_merge_write_keeps_the_choices_and_adds_the_new_one()
    {
        using var engine = TestEngine.Open();
        var t = Tasks(engine);
        var id = t.Client.Json("POST", $"{t.Path}/records", """{"fields":{"Tags":["Red"]}}""").GetProperty("data").GetProperty("id").GetString();
        var read = t.Client.Json("GET", $"{t.Path}/records/{id}?fieldNames=true").GetProperty("data").GetProperty("fields").GetProperty("Tags");

        var merged = read.EnumerateArray().Select(e => (object)e).Append(new { label = "Blue" }).ToArray();
        var patched = t.Client.Json("PATCH", $"{t.Path}/records/{id}?fieldNames=true", JsonSerializer.Serialize(new { fields = new { Tags = merged } }));

        Assert.That(
            patched.GetProperty("data").GetProperty("fields").GetProperty("Tags").EnumerateArray().Select(c => c.GetProperty("label").GetString()),
            Is.EqualTo(new[] { "Red", "Blue" }));
    }

    [Test]
    public void Select_object_naming_no_choice_is_a_validation_error_that_changes_nothing()
    {
        using var engine = TestEngine.Open();
        var t = Tasks(engine);
        var id = t.Client.Json("POST", $"{t.Path}/records", """{"fields":{"Status":"Open"}}""").GetProperty("data").GetProperty("id").GetString();

        var response = t.Client.Send("PATCH", $"{t.Path}/records/{id}", """{"fields":{"Status":{"id":"nope1","label":"Done"}}}""");
        var after = t.Client.Json("GET", $"{t.Path}/records/{id}?fieldNames=true").GetProperty("data").GetProperty("fields");

        Assert.Multiple(() =>
        {
            Assert.That(RestTestClient.ErrorCode(response), Is.EqualTo("VALIDATION_ERROR"));
            Assert.That(JsonElement.Parse(response.Body!).GetProperty("details").GetProperty("fieldId").GetString(), Is.EqualTo(t.Status));
            Assert.That(after.GetProperty("Status").GetProperty("label").GetString(), Is.EqualTo("Open"));
        });
    }

    [Test]
    public void Lookup_has_one_entry_per_linked_record_in_link_order_with_null_for_an_empty_value()
    {
        using var engine = TestEngine.Open();
        var t = Tasks(engine);
        var (projects, project) = Projects(engine, t, [("Task1", "Open"), ("", null), ("Task2", "Done")]);

        var fields = t.Client.Json("GET", $"{projects}/records/{project}?fieldNames=true").GetProperty("data").GetProperty("fields");

        Assert.Multiple(() =>
        {
            Assert.That(fields.GetProperty("Names").GetRawText(), Is.EqualTo("""["Task1",null,"Task2"]"""));
            Assert.That(
                fields.GetProperty("Statuses").GetRawText(),
                Is.EqualTo($$"""[{"id":"{{t.Choice("Status", "Open")}}","label":"Open"},null,{"id":"{{t.Choice("Status", "Done")}}","label":"Done"}]"""));
            Assert.That(fields.GetProperty("Compact").GetString(), Is.EqualTo("Task1, Task2"));
            Assert.That(fields.GetProperty("Joined").GetString(), Is.EqualTo("Task1||Task2"));
            Assert.That(fields.GetProperty("Status text").GetString(), Is.EqualTo("Open, Done"));
        });
    }

    [Test]
    public void Lookup_is_left_out_when_every_entry_is_empty_or_nothing_is_linked()
    {
        using var engine = TestEngine.Open();
        var t = Tasks(engine);
        var (projects, blanks) = Projects(engine, t, [("", null), ("", null)]);
        var none = t.Client.Json("POST", $"{projects}/records", """{"fields":{"Title":"Empty"}}""").GetProperty("data").GetProperty("id").GetString();

        var withBlanks = t.Client.Json("GET", $"{projects}/records/{blanks}?fieldNames=true").GetProperty("data").GetProperty("fields");
        var withNone = t.Client.Json("GET", $"{projects}/records/{none}?fieldNames=true").GetProperty("data").GetProperty("fields");

        Assert.Multiple(() =>
        {
            Assert.That(withBlanks.TryGetProperty("Names", out _), Is.False);
            Assert.That(withBlanks.TryGetProperty("Statuses", out _), Is.False);
            Assert.That(withNone.TryGetProperty("Names", out _), Is.False);
        });
    }

    [Test]
    public void Lookup_of_a_multiple_select_flattens_each_linked_records_choices()
    {
        using var engine = TestEngine.Open();
        var t = Tasks(engine);
        var (projects, project) = Projects(engine, t, [("Task1", null), ("Task2", null)], tags: ["Red", "Blue"]);

        var tags = t.Client.Json("GET", $"{projects}/records/{project}?fieldNames=true").GetProperty("data").GetProperty("fields").GetProperty("Tag list");

        Assert.That(tags.EnumerateArray().Select(c => c.GetProperty("label").GetString()), Is.EqualTo(new[] { "Red", "Blue", "Red", "Blue" }));
    }

    [TestCase("HAS_ANY_OF", "[\"open\"]", true)]
    [TestCase("HAS_ANY_OF", "[\"Closed\"]", false)]
    [TestCase("HAS_ALL_OF", "[\"Open\",\"DONE\"]", true)]
    [TestCase("HAS_NONE_OF", "[\"Done\"]", false)]
    public void Lookup_of_a_select_filters_by_label(string op, string values, bool matches)
    {
        using var engine = TestEngine.Open();
        var t = Tasks(engine);
        var (projects, _) = Projects(engine, t, [("Task1", "Open"), ("", null), ("Task2", "Done")]);

        var found = t.Client.Json("POST", $"{projects}/records/search", $$"""{"filter":{"condition":{"operator":"{{op}}","leftSide":"Statuses","rightSide":{{values}}} } }""");

        Assert.That(found.GetProperty("metadata").GetProperty("total").GetInt32(), Is.EqualTo(matches ? 1 : 0));
    }

    private static TaskTable Tasks(SoftrEngine engine)
    {
        var database = engine.NewDatabase();
        var client = new RestTestClient(engine);
        var table = client.Json("POST", $"/databases/{database.Id}/tables", """
            {"name":"Tasks","fields":[
              {"name":"Name","type":"SINGLE_LINE_TEXT"},
              {"name":"Status","type":"SELECT","options":{"choices":[{"label":"Open"},{"label":"Done"}]}},
              {"name":"Tags","type":"SELECT","allowMultipleEntries":true,"options":{"choices":[{"label":"Red"},{"label":"Blue"}]}}
            ]}
            """).GetProperty("data");
        return new TaskTable(client, database.Id, new TableId(table.GetProperty("id").GetString()!), table);
    }

    /// <summary>A Projects table linked to new tasks (name, status), with lookups of both and formulas over them.</summary>
    private static (string Path, string Project) Projects(SoftrEngine engine, TaskTable t, (string Name, string? Status)[] tasks, string[]? tags = null)
    {
        var db = $"/databases/{t.Database}";
        var projects = t.Client.Json("POST", $"{db}/tables", JsonSerializer.Serialize(new
        {
            name = "Projects",
            fields = new object[]
            {
                new { name = "Title", type = "SINGLE_LINE_TEXT" },
                new { name = "Tasks", type = "LINKED_RECORD", options = new { linkedTableId = t.Table.Value } },
            },
        })).GetProperty("data");
        var path = $"{db}/tables/{projects.GetProperty("id").GetString()}";
        var link = projects.GetProperty("fields")[1].GetProperty("id").GetString();
        var name = t.Json.GetProperty("fields")[0].GetProperty("id").GetString();
        AddField(t.Client, path, "Names", "LOOKUP", new { linkedRecordFieldId = link, lookupFieldId = name });
        AddField(t.Client, path, "Statuses", "LOOKUP", new { linkedRecordFieldId = link, lookupFieldId = t.Status });
        AddField(t.Client, path, "Tag list", "LOOKUP", new { linkedRecordFieldId = link, lookupFieldId = t.Tags });
        AddField(t.Client, path, "Compact", "FORMULA", new { formula = "ARRAYCOMPACT({Names})" });
        AddField(t.Client, path, "Joined", "FORMULA", new { formula = "ARRAYJOIN({Names}, '|')" });
        AddField(t.Client, path, "Status text", "FORMULA", new { formula = "ARRAYCOMPACT({Statuses})" });
        var ids = tasks.Select(task => engine.Records.Create(t.Database, t.Table, new Dictionary<string, object?>
        {
            ["Name"] = task.Name,
            ["Status"] = task.Status,
            ["Tags"] = tags,
        }).Id.Value).ToArray();
        var project = t.Client.Json("POST", $"{path}/records", JsonSerializer.Serialize(new { fields = new Dictionary<string, object> { ["Title"] = "P", ["Tasks"] = ids } }));
        return (path, project.GetProperty("data").GetProperty("id").GetString()!);
    }

    private static void AddField(RestTestClient client, string tablePath, string name, string type, object options)
    {
        var response = client.Send("POST", $"{tablePath}/fields", JsonSerializer.Serialize(new { name, type, options }));
        Assert.That(response.Status, Is.EqualTo(200), response.Body);
    }

    private sealed record TaskTable(RestTestClient Client, DatabaseId Database, TableId Table, JsonElement Json)
    {
        public string Path => $"/databases/{Database}/tables/{Table}";

        public string Status => Json.GetProperty("fields")[1].GetProperty("id").GetString()!;

        public string Tags => Json.GetProperty("fields")[2].GetProperty("id").GetString()!;

        public string Choice(string field, string label) =>
            Json.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == field)
                .GetProperty("options").GetProperty("choices").EnumerateArray()
                .Single(c => c.GetProperty("label").GetString() == label).GetProperty("id").GetString()!;
    }
}
