using SoftrLite.Rest;
using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Rest;

public sealed class RateLimitTests
{
    [Test]
    public void Cloud_like_profile_answers_429_past_30_writes_a_second_per_token_and_resets_next_second()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var engine = TestBackend.Open(new SoftrEngineOptions { TimeProvider = clock, IdSeed = 1 });
        var workspace = engine.Workspaces.Default.Id;
        var first = engine.Tokens.Create("a", TokenAccess.Full, [workspace]);
        var second = engine.Tokens.Create("b", TokenAccess.Full, [workspace]);
        var client = new RestTestClient(engine, new RestApiOptions { RateLimits = RateLimitProfile.CloudLike }) { ApiKey = first.Secret };
        var body = $$"""{"workspaceId":"{{workspace}}","name":"D"}""";

        var statuses = Enumerable.Range(0, 31).Select(_ => client.Send("POST", "/databases", body).Status).ToArray();
        var read = client.Send("GET", "/databases").Status;
        client.ApiKey = second.Secret;
        var otherToken = client.Send("POST", "/databases", body).Status;
        client.ApiKey = first.Secret;
        clock.Advance(TimeSpan.FromSeconds(1));
        var nextSecond = client.Send("POST", "/databases", body).Status;

        Assert.Multiple(() =>
        {
            Assert.That(statuses.Take(30), Has.All.EqualTo(200));
            Assert.That(statuses[30], Is.EqualTo(429));
            Assert.That(read, Is.EqualTo(200), "reads have their own budget");
            Assert.That(otherToken, Is.EqualTo(200), "limits are per token");
            Assert.That(nextSecond, Is.EqualTo(200));
        });
    }

    [Test]
    public void No_limits_by_default()
    {
        using var engine = TestEngine.Open();
        var client = new RestTestClient(engine);

        Assert.That(Enumerable.Range(0, 100).Select(_ => client.Send("GET", "/databases").Status), Has.All.EqualTo(200));
    }
}
