namespace SoftrLite.Cli;

/// <summary>The <c>softrlite</c> command: wires the console to <see cref="CliApp"/>.</summary>
internal static class Program
{
    public static int Main(string[] args) =>
        new CliApp(Console.Out, Console.Error, Environment.CurrentDirectory).Run(args);
}
