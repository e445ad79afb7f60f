using System.CommandLine;
using SoftrLite.Cli.CommandLine;

namespace SoftrLite.Cli;

/// <summary>
/// Parses the command line (System.CommandLine) and runs a command, writing to the given writers instead of the console.
/// </summary>
/// <param name="output">Where results and help go.</param>
/// <param name="error">Where failures, usage errors and progress go.</param>
/// <param name="workingDirectory">The directory relative paths are resolved against.</param>
/// <param name="terminals">Which of the writers is a terminal (progress bars are drawn only there).</param>
public sealed class CliApp(TextWriter output, TextWriter error, string workingDirectory, TerminalStreams terminals = TerminalStreams.None)
{
    /// <summary>The data directory every command uses when <c>--data</c> is not given, relative to the working directory.</summary>
    public const string DefaultDataDirectory = "softrlite-data";

    /// <summary>Runs the command named by the first argument and returns the process exit code (see <see cref="ExitCodes"/>).</summary>
    public int Run(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var context = new CliContext(output, error, workingDirectory, terminals);
        var root = RootCommandFactory.Create(context);
        var parsed = root.Parse(Aliases(args));
        // --help and --version clear parse errors (a required option left out while asking for help is fine).
        if (parsed.Errors.Count > 0 && parsed.Action is not { ClearsParseErrors: true })
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"softrlite: {problem.Message}");
            }

            error.WriteLine("Run 'softrlite --help' (or 'softrlite COMMAND --help') for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration
            {
                Output = output,
                Error = error,
                EnableDefaultExceptionHandler = false,
                // serve handles SIGINT and SIGTERM itself, to finish the requests in flight.
                ProcessTerminationTimeout = null,
            });
        }
        catch (CliUsageException exception)
        {
            error.WriteLine($"softrlite: {exception.Message}");
            error.WriteLine("Run 'softrlite --help' (or 'softrlite COMMAND --help') for usage.");
            return ExitCodes.Usage;
        }
        catch (CliFailureException exception)
        {
            error.WriteLine($"softrlite: {exception.Message}");
            return ExitCodes.Failure;
        }
        catch (SoftrException exception)
        {
            error.WriteLine($"softrlite: {exception.Code.ToWireName()}: {exception.Message}");
            return ExitCodes.Failure;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"softrlite: {exception.Message}");
            return ExitCodes.Failure;
        }
    }

    /// <summary>The tool's version: the informational version of its assembly, without the source revision.</summary>
    public static string Version { get; } =
        (typeof(CliApp).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "0.0.0")
        .Split('+')[0];

    // "softrlite help [COMMAND]" and "softrlite version" are kept as the words the hand-written parser took.
    private static string[] Aliases(IReadOnlyList<string> args) => args.ToArray() switch
    {
        ["help", .. var rest] => [.. rest, "--help"],
        ["version"] => ["--version"],
        _ => [.. args],
    };
}
