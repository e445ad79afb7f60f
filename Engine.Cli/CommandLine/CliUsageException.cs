namespace SoftrLite.Cli.CommandLine;

/// <summary>A command line that parsed but cannot be used (a malformed <c>--sort</c>, say): exit code 2, like a parse error.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
