using System.Net.Sockets;
using System.Runtime.InteropServices;
using SoftrLite.Server;

namespace SoftrLite.Cli;

/// <summary>
/// <c>softrlite serve</c>: starts the HTTP emulator, prints the startup line, logs one line per request and, on SIGINT or
/// SIGTERM, finishes the requests in flight, closes every file and returns 0.
/// </summary>
/// <param name="output">Where the startup line and the request log go.</param>
/// <param name="error">Where failures go.</param>
public sealed class ServeCommand(TextWriter output, TextWriter error)
{
    /// <summary>Starts the server and runs until <paramref name="stop"/> completes; returns the exit code.</summary>
    /// <param name="options">The server's options (without the seed fixture's text).</param>
    /// <param name="seedPath">A fixture file to seed from, if any.</param>
    /// <param name="quiet">Whether to leave out the request log.</param>
    /// <param name="stop">Completes when the server must stop (a signal).</param>
    public async Task<int> RunAsync(SoftrServerOptions options, string? seedPath, bool quiet, Task stop)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stop);
        try
        {
            var seed = seedPath is null ? null : await File.ReadAllTextAsync(seedPath).ConfigureAwait(false);
            var server = await SoftrServer.StartAsync(options with { SeedFixture = seed, Log = quiet ? null : TextWriter.Synchronized(output) }).ConfigureAwait(false);
            await using (server.ConfigureAwait(false))
            {
                output.WriteLine(server.StartupLine);
                if (server.DataLocation is { } location)
                {
                    output.WriteLine($"softrlite data on {location}");
                }

                output.Flush();
                await stop.ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }
        catch (SoftrException exception)
        {
            error.WriteLine($"softrlite: {exception.Code.ToWireName()}: {exception.Message}");
            return ExitCodes.Failure;
        }
        catch (IOException exception) when (exception.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } || exception.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            error.WriteLine($"softrlite: cannot listen on {options.Host}:{options.Port}: the port is already in use. Choose another with --port, or --port 0 for a free one.");
            return ExitCodes.Failure;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"softrlite: {exception.Message}");
            return ExitCodes.Failure;
        }
    }

    /// <summary>A task that completes on the first SIGINT or SIGTERM (the signal does not end the process by itself).</summary>
    public static (Task Signalled, IDisposable Registrations) WaitForSignal()
    {
        var signalled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Handle(PosixSignalContext context)
        {
            context.Cancel = true;
            signalled.TrySetResult();
        }

        var registrations = new CompositeDisposable(
            PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle));
        return (signalled.Task, registrations);
    }

    private sealed class CompositeDisposable(params IDisposable[] items) : IDisposable
    {
        public void Dispose()
        {
            foreach (var item in items)
            {
                item.Dispose();
            }
        }
    }
}
