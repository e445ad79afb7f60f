using System.CommandLine;
using System.CommandLine.Invocation;

namespace SoftrLite.Cli.CommandLine;

/// <summary>Prints <c>softrlite VERSION</c>, the line <c>.ci/package-smoke</c> checks.</summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    // Like the actions they replace: asking for help or the version is never a usage error.
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine($"softrlite {CliApp.Version}");
        return ExitCodes.Success;
    }
}
