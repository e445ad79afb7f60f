using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Rest;

public sealed class RestAuthTests
{
    [Test]
    public void Without_tokens_keys_are_not_checked()
    {
        using var engine = TestEngine.Open();
        Assert.That(new RestTestClient(engine).Send("GET", "/databases").Status, Is.EqualTo(200));
    }

    [Test]
    public void Missing_or_unknown_key_gets_401_once_a_token_exists()
    {
        using var engine = TestEngine.Open();
        engine.Tokens.Create("t", TokenAccess.Full, [engine.Workspaces.Default.Id]);
        var client = new RestTestClient(engine);

        var missing = client.Send("GET", "/databases");
        client.ApiKey = "pat_wrong";
        var unknown = client.Send("GET", "/databases");

        Assert.That(missing.Status, Is.EqualTo(401));
        Assert.That(RestTestClient.ErrorCode(missing), Is.EqualTo("UNAUTHORIZED"));
        Assert.That(unknown.Status, Is.EqualTo(401));
    }

    [Test]
    public void Database_outside_token_workspaces_is_404_and_left_out_of_lists()
    {
        using var engine = TestEngine.Open();
        var other = engine.Workspaces.Create("Other");
        var hidden = engine.Databases.Create(other.Id, "Hidden");
        var visible = engine.NewDatabase("Visible");
        var token = engine.Tokens.Create("t", TokenAccess.Full, [engine.Workspaces.Default.Id]);
        var client = new RestTestClient(engine) { ApiKey = token.Secret };

        var list = client.Json("GET", "/databases");

        Assert.Multiple(() =>
        {
            Assert.That(client.Send("GET", $"/databases/{hidden.Id}").Status, Is.EqualTo(404));
            Assert.That(client.Send("DELETE", $"/databases/{hidden.Id}").Status, Is.EqualTo(404));
            Assert.That(client.Send("GET", $"/databases/{visible.Id}").Status, Is.EqualTo(200));
            Assert.That(list.GetProperty("metadata").GetProperty("total").GetInt32(), Is.EqualTo(1));
            Assert.That(client.Send("POST", "/databases", $$"""{"workspaceId":"{{other.Id}}","name":"X"}""").Status, Is.EqualTo(404));
        });
    }

    [TestCase(TokenAccess.ViewOnly, 403)]
    [TestCase(TokenAccess.EditData, 403)]
    [TestCase(TokenAccess.Full, 200)]
    public void Schema_change_needs_full_access(TokenAccess access, int status)
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();
        var token = engine.Tokens.Create("t", access, [engine.Workspaces.Default.Id]);
        var client = new RestTestClient(engine) { ApiKey = token.Secret };

        Assert.That(client.Send("POST", $"/databases/{database.Id}/tables", """{"name":"T"}""").Status, Is.EqualTo(status));
        Assert.That(client.Send("GET", $"/databases/{database.Id}/tables").Status, Is.EqualTo(200));
    }

    [Test]
    public void Revoked_token_is_refused()
    {
        using var engine = TestEngine.Open();
        var keep = engine.Tokens.Create("keep", TokenAccess.Full, [engine.Workspaces.Default.Id]);
        var revoked = engine.Tokens.Create("gone", TokenAccess.Full, [engine.Workspaces.Default.Id]);
        engine.Tokens.Revoke(revoked.Id);
        var client = new RestTestClient(engine) { ApiKey = revoked.Secret };

        Assert.That(client.Send("GET", "/databases").Status, Is.EqualTo(401));
        client.ApiKey = keep.Secret;
        Assert.That(client.Send("GET", "/databases").Status, Is.EqualTo(200));
        Assert.That(() => engine.Tokens.Revoke(revoked.Id), SoftrThrows.Code(ErrorCode.ResourceNotFound));
    }
}
