using System.CommandLine;
using System.Globalization;
using SoftrLite.Cli.Backup;

namespace SoftrLite.Cli.CommandLine;

/// <summary><c>softrlite snapshot --out DIR|FILE.zip [--data DIR]</c>.</summary>
internal static class SnapshotCommandLine
{
    public static Command Create(CliContext context)
    {
        var data = CliOptions.Data();
        var output = new Option<string>("--out", "-o") { Description = "A new (or empty) directory, or a .zip file.", HelpName = "DIR|FILE.zip", Required = true };
        var command = new Command("snapshot", "Copy the data directory with SQLite's online backup API, safe while another process (serve, an app) uses it. The copy is a data directory itself (or a .zip of one).")
        {
            data,
            output,
        };
        command.SetAction(parsed =>
        {
            var destination = context.FullPath(parsed.GetRequiredValue(output));
            var count = DataDirectoryBackup.Snapshot(context.FullPath(parsed.GetRequiredValue(data)), destination);
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Snapshot of {count} database(s) written to {destination}."));
            return ExitCodes.Success;
        });
        return command;
    }
}
