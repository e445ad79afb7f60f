using System.Text.Json;

namespace SoftrLite.Tests.Postgres;

/// <summary>
/// Two <c>softrlite serve --postgres</c> processes on one PostgreSQL server and schema prefix share the data: what one
/// writes the other reads, and the other's change feed reports it.
/// </summary>
[TestFixture]
public sealed class SharedServerTests
{
    [Test]
    public async Task Serve_shares_records_both_ways_when_two_servers_use_one_postgres_prefix()
    {
        using var schemas = PostgresSchemas.Create();
        using var a = ServeProcess.Start("--postgres", schemas.Connection, "--schema-prefix", schemas.Prefix);
        using var b = ServeProcess.Start("--postgres", schemas.Connection, "--schema-prefix", schemas.Prefix);
        var (tokenStatus, token) = await a.SendAsync("POST", "_softrlite/tokens", """{"access":"FULL"}""");
        a.ApiKey = b.ApiKey = token.GetProperty("secret").GetString();

        var (databaseStatus, database) = await a.SendAsync("POST", "api/v1/databases", $$"""{"workspaceId":"{{a.WorkspaceId}}","name":"Shared"}""");
        var databaseId = database.GetProperty("data").GetProperty("id").GetString();
        var (tableStatus, table) = await a.SendAsync("POST", $"api/v1/databases/{databaseId}/tables", """{"name":"People","fields":[{"name":"Name","type":"SINGLE_LINE_TEXT"}]}""");
        var records = $"api/v1/databases/{databaseId}/tables/{table.GetProperty("data").GetProperty("id").GetString()}/records";
        var (createdStatus, created) = await a.SendAsync("POST", records, """{"fields":{"Name":"Ada"}}""");
        var adaId = created.GetProperty("data").GetProperty("id").GetString();
        var (readStatus, readByB) = await b.SendAsync("GET", $"{records}/{adaId}");
        var (writtenStatus, writtenByB) = await b.SendAsync("POST", records, """{"fields":{"Name":"Bob"}}""");
        var bobId = writtenByB.GetProperty("data").GetProperty("id").GetString();
        var (readBackStatus, readByA) = await a.SendAsync("GET", $"{records}/{bobId}");
        var (_, listByA) = await a.SendAsync("GET", records);
        var (_, listByB) = await b.SendAsync("GET", records);

        Assert.Multiple(() =>
        {
            Assert.That((tokenStatus, databaseStatus, tableStatus, createdStatus), Is.EqualTo((200, 201, 201, 201)).Or.EqualTo((200, 200, 200, 200)));
            Assert.That(b.WorkspaceId, Is.EqualTo(a.WorkspaceId));
            Assert.That(readStatus, Is.EqualTo(200));
            Assert.That(readByB.GetRawText(), Is.EqualTo(created.GetRawText()));
            Assert.That(writtenStatus, Is.EqualTo(createdStatus));
            Assert.That(readBackStatus, Is.EqualTo(200));
            Assert.That(readByA.GetRawText(), Is.EqualTo(writtenByB.GetRawText()));
            Assert.That(listByB.GetRawText(), Is.EqualTo(listByA.GetRawText()));
            Assert.That(Names(listByA), Is.EqualTo(new[] { "Ada", "Bob" }), listByA.GetRawText());
            Assert.That(a.DataLine, Does.StartWith("softrlite data on PostgreSQL ").And.EndWith($"(schemas {schemas.Prefix}, {schemas.Prefix}_*)"));
        });
    }

    [Test]
    public async Task Changes_reports_a_write_made_through_the_other_server_when_two_servers_share_postgres()
    {
        using var schemas = PostgresSchemas.Create();
        using var a = ServeProcess.Start("--postgres", schemas.Connection, "--schema-prefix", schemas.Prefix);
        using var b = ServeProcess.Start("--postgres", schemas.Connection, "--schema-prefix", schemas.Prefix);
        var (_, database) = await a.SendAsync("POST", "api/v1/databases", $$"""{"workspaceId":"{{a.WorkspaceId}}","name":"Feed"}""");
        var databaseId = database.GetProperty("data").GetProperty("id").GetString();
        var (_, table) = await a.SendAsync("POST", $"api/v1/databases/{databaseId}/tables", """{"name":"People","fields":[{"name":"Name","type":"SINGLE_LINE_TEXT"}]}""");
        var tableId = table.GetProperty("data").GetProperty("id").GetString();
        var records = $"api/v1/databases/{databaseId}/tables/{tableId}/records";
        var (openedStatus, _) = await b.SendAsync("GET", records); // the poller watches the databases this process has open
        var (_, start) = await b.SendAsync("GET", "_softrlite/changes?timeout=0");
        var after = start.GetProperty("lastSequence").GetInt64();

        var waiting = b.SendAsync("GET", $"_softrlite/changes?after={after}&tableId={tableId}&timeout=20000");
        await Task.Delay(300);
        var (createdStatus, _) = await a.SendAsync("POST", records, """{"fields":{"Name":"Ada"}}""");
        var (status, answer) = await waiting;

        Assert.That(answer.GetProperty("changes").GetArrayLength(), Is.GreaterThan(0), answer.GetRawText());
        var change = answer.GetProperty("changes")[0];
        Assert.Multiple(() =>
        {
            Assert.That(openedStatus, Is.EqualTo(200));
            Assert.That(createdStatus, Is.EqualTo(201).Or.EqualTo(200));
            Assert.That(status, Is.EqualTo(200));
            Assert.That(change.GetProperty("kind").GetString(), Is.EqualTo("TABLE_CHANGED"));
            Assert.That(change.GetProperty("external").GetBoolean(), Is.True);
            Assert.That(change.GetProperty("databaseId").GetString(), Is.EqualTo(databaseId));
            Assert.That(change.GetProperty("tableId").GetString(), Is.EqualTo(tableId));
            Assert.That(change.GetProperty("sequence").GetInt64(), Is.EqualTo(after + 1));
        });
    }

    [Test]
    public async Task Health_answers_mode_postgres_when_served_from_postgres()
    {
        using var schemas = PostgresSchemas.Create();
        using var server = ServeProcess.Start("--postgres", schemas.Connection, "--schema-prefix", schemas.Prefix);

        var (status, body) = await server.SendAsync("GET", "_softrlite/health");
        var (resetStatus, _) = await server.SendAsync("POST", "_softrlite/reset");
        var (_, info) = await server.SendAsync("GET", "_softrlite/info");

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(200));
            Assert.That(body.GetProperty("mode").GetString(), Is.EqualTo("postgres"));
            Assert.That(resetStatus, Is.EqualTo(200).Or.EqualTo(204));
            Assert.That(info.GetProperty("databases").GetInt32(), Is.Zero);
            Assert.That(schemas.Names(), Does.Contain(schemas.Prefix));
        });
    }

    private static string?[] Names(JsonElement list) =>
        [.. list.GetProperty("data").EnumerateArray().Select(r => r.GetProperty("fields").EnumerateObject().Single().Value.GetString())];
}
