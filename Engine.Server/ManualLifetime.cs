using Microsoft.Extensions.Hosting;

namespace SoftrLite.Server;

/// <summary>A host lifetime that reacts to no signal: the server is stopped by its owner (the CLI handles SIGINT and SIGTERM).</summary>
internal sealed class ManualLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
