using System.CommandLine;

namespace SoftrLite.Cli.CommandLine;

/// <summary><c>softrlite demo [--data DIR] [--alongside]</c>.</summary>
internal static class DemoCommandLine
{
    public static Command Create(CliContext context)
    {
        var data = CliOptions.Data();
        var alongside = new Option<bool>("--alongside") { Description = "Add the sample even when the directory already holds other databases." };
        var command = new Command("demo", $"Open (or create) a data directory, make the \"{DemoCrm.DatabaseName}\" sample (3 tables, 375 records, links, a formula, a lookup, a rollup and a count) if it is missing, and print every database's schema. It is not added beside other databases unless --alongside is given.")
        {
            data,
            alongside,
        };
        command.SetAction(parsed => new DemoCommand(context.Output, context.Error)
            .Run(context.FullPath(parsed.GetRequiredValue(data)), parsed.GetValue(alongside)));
        return command;
    }
}
