using SoftrLite.Rest;

namespace SoftrLite.Tests.Conformance;

/// <summary>
/// How the conformance runner reaches the API: it starts from a file's environment (one workspace, the runner's ID seed
/// and clock, no token), makes tokens and sends requests; the clock moves by <see cref="ConformanceRunner.Tick"/> after each request.
/// </summary>
internal interface IRestTransport : IAsyncDisposable
{
    /// <summary>What the transport is, for failure messages (e.g. "RestApi").</summary>
    string Name { get; }

    /// <summary>The ID of the environment's workspace.</summary>
    string WorkspaceId { get; }

    /// <summary>Makes a token and returns its secret.</summary>
    Task<string> CreateTokenAsync(string name, TokenAccess access, IReadOnlyList<WorkspaceId> workspaces, CancellationToken cancellationToken);

    /// <summary>Sends one API request (path after <c>/api/v1</c>).</summary>
    Task<RestResponse> SendAsync(RestRequest request, CancellationToken cancellationToken);
}
