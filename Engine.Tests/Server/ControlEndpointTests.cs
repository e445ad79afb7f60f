using System.Text.Json;
using SoftrLite.Server;

namespace SoftrLite.Tests.Server;

[TestFixture]
public sealed class ControlEndpointTests
{
    private static string NewDatabase(ServerClient client) => $$"""{"workspaceId":"{{client.Server.WorkspaceId}}","name":"CRM"}""";

    [Test]
    public async Task Health_reports_ok_and_the_storage_mode()
    {
        await using var client = await ServerClient.StartAsync();

        var (status, body) = await client.SendAsync("GET", "_softrlite/health");

        Assert.That(status, Is.EqualTo(200));
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("ok"));
        Assert.That(body.GetProperty("mode").GetString(), Is.EqualTo("memory"));
    }

    [Test]
    public async Task Info_counts_databases_and_lists_workspaces()
    {
        await using var client = await ServerClient.StartAsync();
        await client.SendAsync("POST", "api/v1/databases", NewDatabase(client));

        var (_, body) = await client.SendAsync("GET", "_softrlite/info");

        Assert.That(body.GetProperty("databases").GetInt32(), Is.EqualTo(1));
        Assert.That(body.GetProperty("workspaces")[0].GetProperty("id").GetString(), Is.EqualTo(client.Server.WorkspaceId.Value));
    }

    [Test]
    public async Task Reset_drops_databases_and_applies_the_id_seed_and_clock()
    {
        await using var client = await ServerClient.StartAsync();
        await client.SendAsync("POST", "api/v1/databases", NewDatabase(client));
        const string reset = """{"idSeed":9,"clock":{"start":"2030-05-01T10:00:00.000Z","stepMs":250}}""";

        var (status, answer) = await client.SendAsync("POST", "_softrlite/reset", reset);
        var first = (await client.SendAsync("POST", "api/v1/databases", NewDatabase(client))).Body.GetProperty("data");
        var second = (await client.SendAsync("POST", "api/v1/databases", NewDatabase(client))).Body.GetProperty("data");
        var (_, list) = await client.SendAsync("GET", "api/v1/databases");
        await client.SendAsync("POST", "_softrlite/reset", reset);
        var again = (await client.SendAsync("POST", "api/v1/databases", NewDatabase(client))).Body.GetProperty("data");

        Assert.That(status, Is.EqualTo(200));
        Assert.That(answer.GetProperty("workspaceId").GetString(), Is.EqualTo(client.Server.WorkspaceId.Value));
        Assert.That(first.GetProperty("createdAt").GetString(), Is.EqualTo("2030-05-01T10:00:00.000Z"));
        Assert.That(second.GetProperty("createdAt").GetString(), Is.EqualTo("2030-05-01T10:00:00.250Z"));
        Assert.That(list.GetProperty("metadata").GetProperty("total").GetInt32(), Is.EqualTo(2));
        Assert.That(again.GetProperty("id").GetString(), Is.EqualTo(first.GetProperty("id").GetString()));
    }

    [Test]
    public async Task Reset_answers_bad_request_when_the_body_is_malformed()
    {
        await using var client = await ServerClient.StartAsync();

        var (badJson, body) = await client.SendAsync("POST", "_softrlite/reset", "{oops");
        var (badSeed, _) = await client.SendAsync("POST", "_softrlite/reset", """{"idSeed":"x"}""");
        var (badClock, _) = await client.SendAsync("POST", "_softrlite/reset", """{"clock":{"start":"yesterday"}}""");

        Assert.That(badJson, Is.EqualTo(400));
        Assert.That(body.GetProperty("errorCode").GetString(), Is.EqualTo("BAD_REQUEST"));
        Assert.That(body.TryGetProperty("details", out _), Is.True);
        Assert.That(badSeed, Is.EqualTo(400));
        Assert.That(badClock, Is.EqualTo(400));
    }

    [Test]
    public async Task Tokens_returns_a_secret_that_the_api_then_requires()
    {
        await using var client = await ServerClient.StartAsync();

        var (status, token) = await client.SendAsync("POST", "_softrlite/tokens", """{"access":"EDIT_DATA"}""");
        var secret = token.GetProperty("secret").GetString();
        var (without, _) = await client.SendAsync("GET", "api/v1/databases");
        var (with, _) = await client.SendAsync("GET", "api/v1/databases", apiKey: secret);

        Assert.That(status, Is.EqualTo(200));
        Assert.That(token.GetProperty("id").GetString(), Has.Length.EqualTo(14));
        Assert.That(without, Is.EqualTo(401));
        Assert.That(with, Is.EqualTo(200));
    }

    [Test]
    public async Task Tokens_answers_bad_request_when_the_access_is_unknown()
    {
        await using var client = await ServerClient.StartAsync();

        var (status, body) = await client.SendAsync("POST", "_softrlite/tokens", """{"access":"ROOT"}""");

        Assert.That(status, Is.EqualTo(400));
        Assert.That(body.GetProperty("errorCode").GetString(), Is.EqualTo("BAD_REQUEST"));
    }

    [Test]
    public async Task Restore_puts_back_what_the_snapshot_held()
    {
        await using var client = await ServerClient.StartAsync();
        await client.SendAsync("POST", "api/v1/databases", NewDatabase(client));
        var (_, snapshot) = await client.SendAsync("POST", "_softrlite/snapshots");
        var id = snapshot.GetProperty("snapshotId").GetString();
        await client.SendAsync("POST", "api/v1/databases", NewDatabase(client));
        await client.SendAsync("POST", "_softrlite/reset");

        var (status, _) = await client.SendAsync("POST", $"_softrlite/snapshots/{id}/restore");
        var (_, list) = await client.SendAsync("GET", "api/v1/databases");

        Assert.That(status, Is.EqualTo(200));
        Assert.That(list.GetProperty("metadata").GetProperty("total").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task Restore_answers_resource_not_found_when_the_snapshot_does_not_exist()
    {
        await using var client = await ServerClient.StartAsync();

        var (status, body) = await client.SendAsync("POST", "_softrlite/snapshots/nope/restore");
        var (deleted, _) = await client.SendAsync("DELETE", "_softrlite/snapshots/nope");

        Assert.That(status, Is.EqualTo(404));
        Assert.That(body.GetProperty("errorCode").GetString(), Is.EqualTo("RESOURCE_NOT_FOUND"));
        Assert.That(deleted, Is.EqualTo(404));
    }

    [Test]
    public async Task Seed_creates_the_fixture_and_export_gives_it_back()
    {
        const string fixture = """
            {"databases":[{"name":"Shop","tables":[{"name":"Products","primaryField":"Name",
              "fields":[{"name":"Name","type":"SINGLE_LINE_TEXT"},{"name":"Price","type":"CURRENCY"}],
              "records":[{"id":"prod0000000001","fields":{"Name":"Pen","Price":1.5}}]}]}]}
            """;
        await using var client = await ServerClient.StartAsync();

        var (status, seeded) = await client.SendAsync("POST", "_softrlite/seed", fixture);
        var database = seeded.GetProperty("databases")[0];
        var table = database.GetProperty("tables")[0];
        var (_, record) = await client.SendAsync("GET", $"api/v1/databases/{database.GetProperty("id").GetString()}/tables/{table.GetProperty("id").GetString()}/records/prod0000000001?fieldNames=true");
        var (exportStatus, exported) = await client.SendAsync("GET", "_softrlite/export");

        Assert.That(status, Is.EqualTo(200));
        Assert.That(table.GetProperty("name").GetString(), Is.EqualTo("Products"));
        Assert.That(record.GetProperty("data").GetProperty("fields").GetProperty("Price").GetDouble(), Is.EqualTo(1.5));
        Assert.That(exportStatus, Is.EqualTo(200));
        Assert.That(exported.GetProperty("databases")[0].GetProperty("tables")[0].GetProperty("records").GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public async Task Seed_answers_bad_request_when_the_fixture_is_malformed()
    {
        await using var client = await ServerClient.StartAsync();

        var (status, body) = await client.SendAsync("POST", "_softrlite/seed", """{"databases":"no"}""");

        Assert.That(status, Is.EqualTo(400));
        Assert.That(body.GetProperty("errorCode").GetString(), Is.EqualTo("BAD_REQUEST"));
    }

    [Test]
    public async Task Server_seeded_at_start_serves_the_fixture()
    {
        const string fixture = """{"databases":[{"name":"Shop","tables":[{"name":"T","primaryField":"Name","fields":[{"name":"Name","type":"SINGLE_LINE_TEXT"}]}]}]}""";
        await using var client = await ServerClient.StartAsync(new SoftrServerOptions { SeedFixture = fixture });

        var (_, list) = await client.SendAsync("GET", "api/v1/databases");

        Assert.That(list.GetProperty("data")[0].GetProperty("name").GetString(), Is.EqualTo("Shop"));
    }
}
