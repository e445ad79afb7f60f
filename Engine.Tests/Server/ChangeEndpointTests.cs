using System.Text.Json;

namespace SoftrLite.Tests.Server;

/// <summary><c>GET /_softrlite/changes</c>: a test waits over HTTP for a change it caused or expects.</summary>
[TestFixture]
public sealed class ChangeEndpointTests
{
    [Test]
    public async Task Changes_waits_for_the_next_change_and_answers_it()
    {
        await using var client = await ServerClient.StartAsync();
        var (records, _) = await TableAsync(client);
        var (_, start) = await client.SendAsync("GET", "_softrlite/changes?timeout=0");
        var after = start.GetProperty("lastSequence").GetInt64();

        var waiting = client.SendAsync("GET", $"_softrlite/changes?after={after}&timeout=10000");
        var (_, created) = await client.SendAsync("POST", records, """{"fields":{"Name":"Ada"}}""");
        var (status, answer) = await waiting;

        var change = answer.GetProperty("changes")[0];
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(200));
            Assert.That(change.GetProperty("kind").GetString(), Is.EqualTo("RECORDS_CREATED"));
            Assert.That(change.GetProperty("recordIds")[0].GetString(), Is.EqualTo(created.GetProperty("data").GetProperty("id").GetString()));
            Assert.That(change.GetProperty("sequence").GetInt64(), Is.EqualTo(after + 1));
            Assert.That(answer.GetProperty("lastSequence").GetInt64(), Is.EqualTo(after + 1));
        });
    }

    [Test]
    public async Task Changes_answers_an_empty_list_when_nothing_changes_before_the_timeout()
    {
        await using var client = await ServerClient.StartAsync();

        var (status, answer) = await client.SendAsync("GET", "_softrlite/changes?timeout=50");

        Assert.That(status, Is.EqualTo(200));
        Assert.That(answer.GetProperty("changes").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task Changes_keeps_only_the_table_asked_for()
    {
        await using var client = await ServerClient.StartAsync();
        var (people, database) = await TableAsync(client);
        var (_, other) = await client.SendAsync("POST", $"api/v1/databases/{database}/tables", """{"name":"Other","fields":[{"name":"Name","type":"SINGLE_LINE_TEXT"}]}""");
        var otherId = other.GetProperty("data").GetProperty("id").GetString();
        var (_, start) = await client.SendAsync("GET", "_softrlite/changes?timeout=0");
        var after = start.GetProperty("lastSequence").GetInt64();

        await client.SendAsync("POST", people, """{"fields":{"Name":"Ada"}}""");
        await client.SendAsync("POST", $"api/v1/databases/{database}/tables/{otherId}/records", """{"fields":{"Name":"Bob"}}""");
        var (_, answer) = await client.SendAsync("GET", $"_softrlite/changes?after={after}&tableId={otherId}&timeout=5000");

        Assert.That(answer.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("tableId").GetString()), Is.EqualTo(new[] { otherId }));
    }

    [TestCase("after=-1")]
    [TestCase("timeout=soon")]
    [TestCase("since=3")]
    public async Task Changes_answers_bad_request_for_a_bad_query(string query)
    {
        await using var client = await ServerClient.StartAsync();

        var (status, answer) = await client.SendAsync("GET", $"_softrlite/changes?{query}");

        Assert.That(status, Is.EqualTo(400));
        Assert.That(answer.GetProperty("errorCode").GetString(), Is.EqualTo("BAD_REQUEST"));
    }

    private static async Task<(string Records, string Database)> TableAsync(ServerClient client)
    {
        var (_, database) = await client.SendAsync("POST", "api/v1/databases", $$"""{"workspaceId":"{{client.Server.WorkspaceId}}","name":"CRM"}""");
        var databaseId = database.GetProperty("data").GetProperty("id").GetString()!;
        var (_, table) = await client.SendAsync("POST", $"api/v1/databases/{databaseId}/tables", """{"name":"People","fields":[{"name":"Name","type":"SINGLE_LINE_TEXT"}]}""");
        return ($"api/v1/databases/{databaseId}/tables/{table.GetProperty("data").GetProperty("id").GetString()}/records", databaseId);
    }
}
