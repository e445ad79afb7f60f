namespace SoftrLite.Cli;

/// <summary>Which of the output streams are a terminal: progress bars and colours are drawn only there.</summary>
[Flags]
public enum TerminalStreams
{
    /// <summary>Neither is a terminal (redirected to a file or a pipe, or captured by a test).</summary>
    None = 0,

    /// <summary>Standard output is a terminal.</summary>
    Output = 1,

    /// <summary>Standard error is a terminal.</summary>
    Error = 2,
}
