namespace SoftrLite.Cli;

/// <summary>The process exit codes of <c>softrlite</c>.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The command ran but the engine or the file system refused it.</summary>
    public const int Failure = 1;

    /// <summary>The command line was not understood (unknown command or option).</summary>
    public const int Usage = 2;
}
