using System.CommandLine;
using System.Globalization;
using SoftrLite.Cli.Backup;

namespace SoftrLite.Cli.CommandLine;

/// <summary><c>softrlite restore DIR|FILE.zip [--data DIR]</c>.</summary>
internal static class RestoreCommandLine
{
    public static Command Create(CliContext context)
    {
        var source = new Argument<string>("SNAPSHOT") { Description = "A directory or .zip written by 'softrlite snapshot'." };
        var data = CliOptions.Data("The data directory to put back");
        var command = new Command("restore", "Put a data directory back as a snapshot holds it, writing each file with SQLite's online backup API (never a torn file); databases made since are removed. A running 'serve' keeps the schema it had cached: restart it, or use its /_softrlite/ snapshots instead.")
        {
            source,
            data,
        };
        command.SetAction(parsed =>
        {
            var dataDirectory = context.FullPath(parsed.GetRequiredValue(data));
            var count = DataDirectoryBackup.Restore(context.FullPath(parsed.GetRequiredValue(source)), dataDirectory);
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Restored {count} database(s) into {dataDirectory}."));
            return ExitCodes.Success;
        });
        return command;
    }
}
