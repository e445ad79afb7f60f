using SoftrLite.Rest;
using SoftrLite.Tests.Contract;
using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Conformance;

/// <summary>
/// The conformance environment in process: a fresh in-memory engine and <see cref="RestApi"/> over it, every response
/// checked against the cloud's OpenAPI document (<see cref="ValidatingRestApi"/>).
/// </summary>
internal sealed class InProcessTransport : IRestTransport
{
    private readonly ManualClock _clock = new(ConformanceRunner.ClockStart);
    private readonly SoftrEngine _engine;
    private readonly ValidatingRestApi _api;

    /// <summary>Opens the environment; <paramref name="alterResponse"/> (self-tests) changes each response before it is checked.</summary>
    public InProcessTransport(Func<RestResponse, RestResponse>? alterResponse = null)
    {
        _engine = TestBackend.Open(new SoftrEngineOptions { TimeProvider = _clock, IdSeed = ConformanceRunner.IdSeed });
        _api = new ValidatingRestApi(_engine, null, OpenApiContract.Cloud, alterResponse);
        WorkspaceId = _engine.Workspaces.Default.Id.Value;
    }

    public string Name => "RestApi";

    public string WorkspaceId { get; }

    public Task<string> CreateTokenAsync(string name, TokenAccess access, IReadOnlyList<WorkspaceId> workspaces, CancellationToken cancellationToken) =>
        Task.FromResult(_engine.Tokens.Create(name, access, workspaces).Secret!);

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
