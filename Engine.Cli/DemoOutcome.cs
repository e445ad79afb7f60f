namespace SoftrLite.Cli;

/// <summary>What <see cref="DemoCrm.Ensure"/> found.</summary>
public enum DemoOutcome
{
    /// <summary>The database did not exist and was made.</summary>
    Created,

    /// <summary>The database existed and was reused.</summary>
    Reopened,
}
