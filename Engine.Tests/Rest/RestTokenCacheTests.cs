using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Rest;

/// <summary>The REST layer caches "are there tokens?" in memory; every token write, reset and restore must be seen at once.</summary>
[TestFixture]
public sealed class RestTokenCacheTests
{
    [Test]
    public void Send_checks_keys_as_soon_as_a_token_is_created_after_requests_without_tokens()
    {
        using var engine = TestEngine.Open();
        var client = new RestTestClient(engine);
        Assert.That(client.Send("GET", "/databases").Status, Is.EqualTo(200));

        var token = engine.Tokens.Create("ci", TokenAccess.Full, [engine.Workspaces.Default.Id]);

        Assert.That(client.Send("GET", "/databases").Status, Is.EqualTo(401));
        client.ApiKey = token.Secret;
        Assert.That(client.Send("GET", "/databases").Status, Is.EqualTo(200));
    }

    [Test]
    public void Send_stops_checking_keys_when_the_last_token_is_revoked_or_a_reset_drops_them()
    {
        using var engine = TestEngine.Open();
        var client = new RestTestClient(engine);
        var token = engine.Tokens.Create("ci", TokenAccess.Full, [engine.Workspaces.Default.Id]);
        Assert.That(client.Send("GET", "/databases").Status, Is.EqualTo(401));

        engine.Tokens.Revoke(token.Id);
        Assert.That(client.Send("GET", "/databases").Status, Is.EqualTo(200));

        engine.Tokens.Create("again", TokenAccess.Full, [engine.Workspaces.Default.Id]);
        Assert.That(client.Send("GET", "/databases").Status, Is.EqualTo(401));
        engine.Fixtures.Reset();
        Assert.That(client.Send("GET", "/databases").Status, Is.EqualTo(200));
    }

    [Test]
    public void Send_follows_the_tokens_of_a_restored_snapshot()
    {
        using var engine = TestEngine.Open();
        var client = new RestTestClient(engine);
        using var withoutTokens = engine.Fixtures.Snapshot();
        engine.Tokens.Create("ci", TokenAccess.Full, [engine.Workspaces.Default.Id]);
        using var withToken = engine.Fixtures.Snapshot();
        Assert.That(client.Send("GET", "/databases").Status, Is.EqualTo(401));

        engine.Fixtures.Restore(withoutTokens);
        Assert.That(client.Send("GET", "/databases").Status, Is.EqualTo(200));
        engine.Fixtures.Restore(withToken);
        Assert.That(client.Send("GET", "/databases").Status, Is.EqualTo(401));
    }
}
