using System.Text.Json;
using SoftrLite.Rest;
using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Rest;

public sealed class RestSchemaTests
{
    [Test]
    public void Database_json_has_cloud_property_order_and_envelope()
    {
        using var engine = TestEngine.Open();
        var client = new RestTestClient(engine);

        var response = client.Send("POST", "/databases", $$"""{"workspaceId":"{{engine.Workspaces.Default.Id}}","name":"CRM"}""");

        using var document = JsonDocument.Parse(response.Body!);
        var data = document.RootElement.GetProperty("data");
        Assert.Multiple(() =>
        {
            Assert.That(response.Status, Is.EqualTo(200));
            Assert.That(document.RootElement.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "data", "metadata" }));
            Assert.That(document.RootElement.GetProperty("metadata").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(
                data.EnumerateObject().Select(p => p.Name),
                Is.EqualTo(new[] { "id", "name", "description", "workspaceId", "tablesCount", "createdAt", "updatedAt" }));
            Assert.That(data.GetProperty("createdAt").GetString(), Does.Match(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$"));
        });
    }

    [Test]
    public void Table_and_field_json_have_cloud_property_order()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();
        var client = new RestTestClient(engine);

        var table = client.Json("POST", $"/databases/{database.Id}/tables", """{"name":"T","fields":[{"name":"N","type":"NUMBER","options":{"precision":2}}]}""").GetProperty("data");

        Assert.That(
            table.EnumerateObject().Select(p => p.Name),
            Is.EqualTo(new[] { "id", "name", "description", "primaryFieldId", "defaultViewId", "fields", "createdAt", "updatedAt" }));
        Assert.That(
            table.GetProperty("fields")[0].EnumerateObject().Select(p => p.Name),
            Is.EqualTo(new[] { "id", "name", "description", "type", "options", "allowMultipleEntries", "readonly", "required", "locked", "defaultValue", "aiOptions", "createdAt", "updatedAt" }));
    }

    [Test]
    public void Field_endpoints_add_get_update_and_delete()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();
        var table = engine.ContactsTable(database.Id);
        var client = new RestTestClient(engine);
        var fields = $"/databases/{database.Id}/tables/{table.Id}/fields";

        var added = client.Json("POST", fields, """{"name":"Status","type":"SELECT","options":{"choices":[{"label":"Open"}]},"allowMultipleEntries":true}""").GetProperty("data");
        var id = added.GetProperty("id").GetString();
        var updated = client.Json("PUT", $"{fields}/{id}", """{"name":"State","description":null}""").GetProperty("data");
        var deleted = client.Send("DELETE", $"{fields}/{id}");

        Assert.Multiple(() =>
        {
            Assert.That(added.GetProperty("allowMultipleEntries").GetBoolean(), Is.True);
            Assert.That(added.GetProperty("options").GetProperty("choices")[0].GetProperty("id").GetString(), Has.Length.EqualTo(5));
            Assert.That(updated.GetProperty("name").GetString(), Is.EqualTo("State"));
            Assert.That(deleted, Is.EqualTo(new RestResponse(204, null)));
            Assert.That(client.Send("GET", $"{fields}/{id}").Status, Is.EqualTo(404));
        });
    }

    [Test]
    public void Views_endpoint_lists_default_view_with_metadata()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();
        var table = engine.ContactsTable(database.Id);
        var client = new RestTestClient(engine);

        var views = client.Json("GET", $"/databases/{database.Id}/tables/{table.Id}/views");

        Assert.That(views.GetProperty("data")[0].GetProperty("id").GetString(), Is.EqualTo(table.DefaultViewId.Value));
        Assert.That(views.GetProperty("metadata").GetProperty("total").GetInt32(), Is.EqualTo(1));
    }

    [TestCase("GET", "/nothing")]
    [TestCase("PATCH", "/databases")]
    [TestCase("GET", "/databases/x/y/z")]
    public void Unknown_route_gets_404_resource_not_found(string method, string path)
    {
        using var engine = TestEngine.Open();
        var response = new RestTestClient(engine).Send(method, path);

        Assert.That(response.Status, Is.EqualTo(404));
        Assert.That(RestTestClient.ErrorCode(response), Is.EqualTo("RESOURCE_NOT_FOUND"));
    }

    [TestCase("{not json")]
    [TestCase("""{"workspaceId":"w","name":"\ud800"}""")]
    [TestCase("[1,2]")]
    [TestCase("")]
    [TestCase("""{"workspaceId":"w"}""")]
    [TestCase("""{"workspaceId":"w","name":5}""")]
    public void Malformed_or_incomplete_body_gets_400_bad_request(string body)
    {
        using var engine = TestEngine.Open();
        var response = new RestTestClient(engine).Send("POST", "/databases", body);

        Assert.That(response.Status, Is.EqualTo(400));
        Assert.That(RestTestClient.ErrorCode(response), Is.EqualTo("BAD_REQUEST"));
    }

    [TestCase("offset=-1")]
    [TestCase("limit=abc")]
    [TestCase("limit=1.5")]
    public void Bad_paging_gets_400_bad_request(string query)
    {
        using var engine = TestEngine.Open();
        var response = new RestTestClient(engine).Send("GET", "/databases?" + query);

        Assert.That(response.Status, Is.EqualTo(400));
    }

    [Test]
    public void Bad_force_flag_gets_400_and_force_true_deletes()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();
        engine.ContactsTable(database.Id);
        var client = new RestTestClient(engine);

        Assert.That(client.Send("DELETE", $"/databases/{database.Id}?force=maybe").Status, Is.EqualTo(400));
        Assert.That(client.Send("DELETE", $"/databases/{database.Id}").Status, Is.EqualTo(400));
        Assert.That(client.Send("DELETE", $"/api/v1/databases/{database.Id}?force=TRUE").Status, Is.EqualTo(204));
    }

    [Test]
    public void Body_over_the_limit_gets_413_payload_too_large()
    {
        using var engine = TestEngine.Open();
        var client = new RestTestClient(engine, new RestApiOptions { MaxBodyBytes = 1024 });

        var response = client.Send("POST", "/databases", $$"""{"workspaceId":"w","name":"{{new string('x', 2000)}}"}""");

        Assert.That(response.Status, Is.EqualTo(413));
        Assert.That(RestTestClient.ErrorCode(response), Is.EqualTo("PAYLOAD_TOO_LARGE"));
        Assert.That(RestApiOptions.Default.MaxBodyBytes, Is.EqualTo(64L * 1024 * 1024));
    }

    [Test]
    public void Field_type_change_gets_400_and_validation_details_name_the_option()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();
        var table = engine.ContactsTable(database.Id);
        var client = new RestTestClient(engine);
        var field = $"/databases/{database.Id}/tables/{table.Id}/fields/{table.Fields[2].Id}";

        Assert.That(client.Send("PUT", field, """{"type":"SINGLE_LINE_TEXT"}""").Status, Is.EqualTo(400));
        var bad = client.Send("PUT", field, """{"options":{"precision":12}}""");
        Assert.That(bad.Status, Is.EqualTo(400));
        Assert.That(JsonElement.Parse(bad.Body!).GetProperty("message").GetString(), Does.Contain("precision"));
    }

    [Test]
    public void Create_table_without_body_makes_default_table()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();

        var table = new RestTestClient(engine).Json("POST", $"/databases/{database.Id}/tables").GetProperty("data");

        Assert.That(table.GetProperty("fields").GetArrayLength(), Is.EqualTo(1));
        Assert.That(table.GetProperty("name").GetString(), Is.Not.Empty);
    }
}
