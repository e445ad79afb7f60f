using SoftrLite.Server;

namespace SoftrLite.Tests.Conformance;

/// <summary>
/// Runs every scenario of <see cref="ConformanceTests"/> again over real HTTP, against one server started on port 0: each
/// file after a <c>POST /_softrlite/reset</c> with the runner's ID seed and clock, its tokens made with <c>POST /_softrlite/tokens</c>.
/// </summary>
[TestFixture]
public sealed class ConformanceHttpTests
{
    private SoftrServer? _server;
    private HttpClient? _client;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        _server = await SoftrServer.StartAsync(new SoftrServerOptions { Port = 0 });
        _client = new HttpClient { BaseAddress = _server.BaseAddress };
    }

    [OneTimeTearDown]
    public async Task StopServer()
    {
        _client?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    // Test cases of one fixture run one at a time (ParallelScope.Fixtures), which the shared server's resets need.
    [TestCaseSource(typeof(ConformanceTests), nameof(ConformanceTests.Scenarios))]
    [TestCaseSource(typeof(ConformanceTests), nameof(ConformanceTests.ProjectScenarios))]
    public async Task Conformance_file_passes_over_http(string? path, string? problem)
    {
        Assert.That(path, Is.Not.Null, problem);

        await using var transport = await HttpTransport.ResetAsync(_client!, CancellationToken.None);
        var failure = await ConformanceRunner.RunAsync(ConformanceFile.Load(path!), transport);

        Assert.That(failure is null, Is.True, failure);
    }
}
