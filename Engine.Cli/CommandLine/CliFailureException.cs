namespace SoftrLite.Cli.CommandLine;

/// <summary>A command that cannot go on (a database that is not there, a file that cannot be read): exit code 1.</summary>
internal sealed class CliFailureException(string message) : Exception(message);
