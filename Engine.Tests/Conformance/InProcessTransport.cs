using SoftrLite.Rest;
using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Conformance;

/// <summary>The conformance environment in process: a fresh in-memory engine and <see cref="RestApi"/> over it.</summary>
internal sealed class InProcessTransport : IRestTransport
{
    private readonly ManualClock _clock = new(ConformanceRunner.ClockStart);
    private readonly SoftrEngine _engine;
    private readonly RestApi _api;

    public InProcessTransport()
    {
        _engine = SoftrEngine.OpenInMemory(new SoftrEngineOptions { TimeProvider = _clock, IdSeed = ConformanceRunner.IdSeed });
        _api = new RestApi(_engine);
        WorkspaceId = _engine.Workspaces.Default.Id.Value;
    }

    public string Name => "RestApi";

    public string WorkspaceId { get; }

    public Task<string> CreateTokenAsync(string name, TokenAccess access, IReadOnlyList<WorkspaceId> workspaces, CancellationToken cancellationToken) =>
        Task.FromResult(_engine.Tokens.Create(name, access, workspaces).Secret);

    public async Task<RestResponse> SendAsync(RestRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await _api.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _clock.Advance(ConformanceRunner.Tick);
        }
    }

    public ValueTask DisposeAsync()
    {
        _engine.Dispose();
        return ValueTask.CompletedTask;
    }
}
