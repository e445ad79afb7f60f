using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SoftrLite.Errors;

namespace SoftrLite.Server;

/// <summary>
/// The HTTP emulator: the cloud API at <c>/api/v1/…</c> (answered by <see cref="Rest.RestApi"/>) and the control endpoints
/// at <c>/_softrlite/…</c>, on Kestrel, on a loopback address. Start it with <see cref="StartAsync"/>; dispose it to finish
/// the requests in flight and close every file.
/// </summary>
public sealed class SoftrServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Emulator _emulator;
    private int _stopped;

    private SoftrServer(WebApplication app, Emulator emulator, Uri address)
    {
        _app = app;
        _emulator = emulator;
        BaseAddress = address;
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:5170/</c>; the API is under <c>api/v1/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The port it listens on (the one picked when 0 was asked for).</summary>
    public int Port => BaseAddress.Port;

    /// <summary>The engine it serves; C# tests may use it directly.</summary>
    public SoftrEngine Engine => _emulator.Engine;

    /// <summary>The default workspace's ID (it changes on a reset).</summary>
    public WorkspaceId WorkspaceId => _emulator.Engine.Workspaces.Default.Id;

    /// <summary>The startup line a script can parse: <c>softrlite listening on http://127.0.0.1:PORT (workspace ID)</c>.</summary>
    public string StartupLine => $"softrlite listening on {BaseAddress.GetLeftPart(UriPartial.Authority)} (workspace {WorkspaceId})";

    /// <summary>
    /// Where the data is, for a line after the startup line: <see cref="PostgresLocation.Describe"/> on PostgreSQL, else
    /// <see langword="null"/> (a data directory is the one given; memory is nowhere).
    /// </summary>
    public string? DataLocation => _emulator.Options.PostgresConnection is { } connection
        ? PostgresLocation.Describe(connection, _emulator.Options.PostgresSchemaPrefix)
        : null;

    /// <summary>Opens the engine (seeding it and making its tokens) and starts listening.</summary>
    /// <exception cref="SoftrException"><see cref="ErrorCode.BadRequest"/> when the host is not a loopback address, or the seed fixture is malformed.</exception>
    /// <exception cref="IOException">The port is already in use.</exception>
    public static async Task<SoftrServer> StartAsync(SoftrServerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var address = LoopbackAddress(options.Host);
        var emulator = new Emulator(options);
        WebApplication? app = null;
        try
        {
            var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
            builder.Services.AddSingleton<IHostLifetime, ManualLifetime>();
            builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
            {
                kestrel.AddServerHeader = false;
                kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes;
                kestrel.Listen(address, options.Port);
            });
            app = builder.Build();
            var handler = new RequestHandler(emulator, new ControlEndpoints(emulator));
            app.Run(handler.HandleAsync);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new SoftrServer(app, emulator, new Uri(bound.TrimEnd('/') + "/"));
        }
        catch
        {
            if (app is not null)
            {
                await app.DisposeAsync().ConfigureAwait(false);
            }

            emulator.Dispose();
            throw;
        }
    }

    /// <summary>Stops listening, finishing the requests in flight; the engine stays open until <see cref="DisposeAsync"/>.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            await _app.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stops (finishing the requests in flight), then closes every file.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _emulator.Dispose();
    }

    private static IPAddress LoopbackAddress(string host)
    {
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return IPAddress.Loopback;
        }

        return IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address) ? address : throw SoftrErrors.HostNotLoopback(host);
    }
}
