using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace SoftrLite.Cli.CommandLine;

/// <summary>System.CommandLine's help, followed by the exit codes (every command's <c>--help</c> shows them).</summary>
internal sealed class HelpWithExitCodes(HelpAction help) : SynchronousCommandLineAction
{
    // Like the actions they replace: asking for help or the version is never a usage error.
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        help.Invoke(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        output.WriteLine("Exit codes:");
        foreach (var line in ExitCodes.Descriptions)
        {
            output.WriteLine("  " + line);
        }

        output.WriteLine();
        return ExitCodes.Success;
    }
}
