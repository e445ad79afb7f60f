using Spectre.Console;

namespace SoftrLite.Cli.CommandLine;

/// <summary>What every command is given: the writers, the working directory, and which writer is a terminal.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error, string workingDirectory, TerminalStreams terminals)
{
    // Wide enough that a table written to a file or a test is not wrapped at the 80 columns Spectre assumes.
    private const int RedirectedWidth = 200;

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public string WorkingDirectory { get; } = workingDirectory;

    public bool OutputIsTerminal => terminals.HasFlag(TerminalStreams.Output);

    public bool ErrorIsTerminal => terminals.HasFlag(TerminalStreams.Error);

    /// <summary>A path given on the command line, made absolute against the working directory.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>A Spectre.Console console over standard output: colours and live rendering only on a terminal.</summary>
    public IAnsiConsole OutputConsole() => Console(Output, OutputIsTerminal);

    /// <summary>A Spectre.Console console over standard error, for progress when standard output carries data.</summary>
    public IAnsiConsole ErrorConsole() => Console(Error, ErrorIsTerminal);

    private static IAnsiConsole Console(TextWriter writer, bool terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (!terminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
