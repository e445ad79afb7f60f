namespace SoftrLite.Cli;

/// <summary>The process exit codes of <c>softrlite</c>.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>
    /// The command ran but the engine or the file system refused it, or found a problem (<c>check</c>), or refused
    /// rows (<c>import</c>).
    /// </summary>
    public const int Failure = 1;

    /// <summary>The command line was not understood (unknown command or option, a missing or malformed value).</summary>
    public const int Usage = 2;

    /// <summary>The exit codes as help text, one line each.</summary>
    public static IReadOnlyList<string> Descriptions { get; } =
    [
        $"{Success}  success",
        $"{Failure}  failure: the engine or the file system refused the command, check found a problem, or import refused rows",
        $"{Usage}  bad command line: unknown command or option, a missing or malformed value",
    ];
}
