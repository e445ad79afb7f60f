namespace SoftrLite.Cli;

/// <summary>Parses the command line and runs a command, writing to the given writers instead of the console.</summary>
/// <param name="output">Where results and help go.</param>
/// <param name="error">Where failures and usage errors go.</param>
/// <param name="workingDirectory">The directory relative paths are resolved against.</param>
public sealed class CliApp(TextWriter output, TextWriter error, string workingDirectory)
{
    /// <summary>The data directory <c>demo</c> uses when <c>--data</c> is not given, relative to the working directory.</summary>
    public const string DefaultDataDirectory = "softrlite-data";

    private const string DataOption = "--data";

    /// <summary>Runs the command named by the first argument and returns the process exit code (see <see cref="ExitCodes"/>).</summary>
    public int Run(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0 || args[0] is "help" or "--help" or "-h" or "-?")
        {
            WriteUsage(output);
            return ExitCodes.Success;
        }

        if (args[0] is "--version" or "version")
        {
            output.WriteLine($"softrlite {Version}");
            return ExitCodes.Success;
        }

        if (args[0] == "demo")
        {
            return RunDemo(args.Skip(1).ToArray());
        }

        if (args[0] == "check")
        {
            return RunCheck(args.Skip(1).ToArray());
        }

        if (args[0] == "serve")
        {
            return RunServe(args.Skip(1).ToArray());
        }

        error.WriteLine($"softrlite: unknown command '{args[0]}'.");
        error.WriteLine();
        WriteUsage(error);
        return ExitCodes.Usage;
    }

    /// <summary>The tool's version: the informational version of its assembly, without the source revision.</summary>
    public static string Version { get; } =
        (typeof(CliApp).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "0.0.0")
        .Split('+')[0];

    /// <summary>Writes the usage text.</summary>
    public static void WriteUsage(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("SoftrLite: an embedded database engine with the Softr Database API's data model.");
        writer.WriteLine();
        writer.WriteLine("Usage:");
        writer.WriteLine("  softrlite --version             Print the version.");
        writer.WriteLine("  softrlite demo [--data <dir>] [--alongside]");
        writer.WriteLine("                                  Open (or create) a data directory, make the \"Demo CRM\" sample");
        writer.WriteLine("                                  database (3 tables, 375 records) if it is missing, and print");
        writer.WriteLine("                                  every database's schema. It is not added beside other databases");
        writer.WriteLine("                                  unless --alongside is given.");
        writer.WriteLine($"                                  <dir> defaults to ./{DefaultDataDirectory}.");
        writer.WriteLine("  softrlite check [--data <dir>]  Check every database: SQLite's integrity check, link rows, and every");
        writer.WriteLine("                                  computed value against a recomputation. Exit 1 names each problem.");
        writer.WriteLine("  softrlite serve [options]       Answer the Softr Database API over HTTP on loopback (an emulator for tests):");
        writer.WriteLine("      --port N                    port; 0 (default) picks a free one, printed on the startup line");
        writer.WriteLine("      --host ADDRESS              a loopback address (default 127.0.0.1)");
        writer.WriteLine("      --data DIR | --in-memory    keep the data in DIR, or in memory (default)");
        writer.WriteLine("      --id-seed N                 reproducible IDs");
        writer.WriteLine("      --clock ISO                 a fixed clock starting at ISO, moving --clock-step-ms N (default 1) per API request");
        writer.WriteLine("      --token SECRET[:ACCESS]     an access token (ACCESS: FULL, EDIT_DATA or VIEW_ONLY; default FULL); repeatable");
        writer.WriteLine("      --seed FIXTURE.json         create the fixture's databases at start");
        writer.WriteLine("      --rate-limits cloud         the cloud's 40 reads and 30 writes a second per token");
        writer.WriteLine("      --cors ORIGIN               let a browser app at ORIGIN (or *) call it");
        writer.WriteLine("      --quiet                     no line per request");
        writer.WriteLine("  softrlite help                  Show this text.");
        writer.WriteLine();
        writer.WriteLine($"Exit codes: {ExitCodes.Success} success, {ExitCodes.Failure} failure, {ExitCodes.Usage} bad command line.");
    }

    private int RunServe(IReadOnlyList<string> args)
    {
        var problem = ServeArguments.TryParse(args, workingDirectory, out var options, out var seedPath, out var quiet);
        if (problem is not null)
        {
            error.WriteLine($"softrlite: {problem}.");
            error.WriteLine();
            WriteUsage(error);
            return ExitCodes.Usage;
        }

        var (signalled, registrations) = ServeCommand.WaitForSignal();
        using (registrations)
        {
            return new ServeCommand(output, error).RunAsync(options, seedPath, quiet, signalled).GetAwaiter().GetResult();
        }
    }

    private int RunCheck(IReadOnlyList<string> args)
    {
        if (args.Count == 2 && args[0] == DataOption)
        {
            return new CheckCommand(output, error).Run(Path.GetFullPath(args[1], workingDirectory));
        }

        if (args.Count == 0)
        {
            return new CheckCommand(output, error).Run(Path.GetFullPath(DefaultDataDirectory, workingDirectory));
        }

        error.WriteLine("softrlite: 'check' takes only --data <dir>.");
        error.WriteLine();
        WriteUsage(error);
        return ExitCodes.Usage;
    }

    private int RunDemo(IReadOnlyList<string> args)
    {
        var data = DefaultDataDirectory;
        var alongside = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--alongside")
            {
                alongside = true;
            }
            else if (arg == DataOption && i + 1 < args.Count)
            {
                data = args[++i];
            }
            else if (arg.StartsWith(DataOption + "=", StringComparison.Ordinal) && arg.Length > DataOption.Length + 1)
            {
                data = arg[(DataOption.Length + 1)..];
            }
            else
            {
                var problem = arg == DataOption ? "option '--data' needs a directory" : $"unknown option '{arg}' for 'demo'";
                error.WriteLine($"softrlite: {problem}.");
                error.WriteLine();
                WriteUsage(error);
                return ExitCodes.Usage;
            }
        }

        return new DemoCommand(output, error).Run(Path.GetFullPath(data, workingDirectory), alongside);
    }
}
