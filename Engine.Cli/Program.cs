namespace SoftrLite.Cli;

/// <summary>The <c>softrlite</c> command: wires the console to <see cref="CliApp"/>.</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        var terminals = (Console.IsOutputRedirected ? TerminalStreams.None : TerminalStreams.Output)
            | (Console.IsErrorRedirected ? TerminalStreams.None : TerminalStreams.Error);
        return new CliApp(Console.Out, Console.Error, Environment.CurrentDirectory, terminals).Run(args);
    }
}
