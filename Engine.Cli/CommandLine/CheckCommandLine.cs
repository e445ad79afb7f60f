using System.CommandLine;

namespace SoftrLite.Cli.CommandLine;

/// <summary><c>softrlite check [--data DIR]</c>.</summary>
internal static class CheckCommandLine
{
    public static Command Create(CliContext context)
    {
        var data = CliOptions.Data();
        var command = new Command("check", "Check every database: SQLite's integrity check, link rows and pairs, and every computed value against a recomputation. Exit 1 names each problem.")
        {
            data,
        };
        command.SetAction(parsed => new CheckCommand(context.Output, context.Error).Run(context.FullPath(parsed.GetRequiredValue(data))));
        return command;
    }
}
