using System.CommandLine;
using System.CommandLine.Help;

namespace SoftrLite.Cli.CommandLine;

/// <summary>Builds the <c>softrlite</c> command tree: every command, <c>--help</c> everywhere, <c>--version</c>, the exit codes in help.</summary>
internal static class RootCommandFactory
{
    private const int HelpWidth = 110;

    private const string Description = """
        SoftrLite: an embedded database engine with the Softr Database API's data model.

        Start with:
          softrlite demo                     make the "Demo CRM" sample in ./softrlite-data
          softrlite inspect                  its schema as a tree, with record counts
          softrlite inspect "Demo CRM" Deals --limit 5
          softrlite export --database "Demo CRM" --table Deals --format csv --out deals.csv
          softrlite import deals.csv --database Copy --table Deals --create
          softrlite serve --port 0           the HTTP emulator, for an app's tests
        """;

    public static RootCommand Create(CliContext context)
    {
        var root = new RootCommand(Description)
        {
            DemoCommandLine.Create(context),
            InspectCommandLine.Create(context),
            ImportCommandLine.Create(context),
            ExportCommandLine.Create(context),
            SnapshotCommandLine.Create(context),
            RestoreCommandLine.Create(context),
            CheckCommandLine.Create(context),
            ServeCommandLine.Create(context),
            BenchCommandLine.Create(context),
        };

        foreach (var option in root.Options)
        {
            if (option is VersionOption version)
            {
                version.Action = new VersionAction();
            }
            else if (option is HelpOption { Action: HelpAction help } helpOption)
            {
                help.MaxWidth = HelpWidth;
                helpOption.Action = new HelpWithExitCodes(help);
            }
        }

        // With no command, the help (exit 0), as before.
        root.SetAction(parseResult =>
        {
            var help = root.Options.OfType<HelpOption>().Single().Action!;
            return ((System.CommandLine.Invocation.SynchronousCommandLineAction)help).Invoke(parseResult);
        });
        return root;
    }
}
