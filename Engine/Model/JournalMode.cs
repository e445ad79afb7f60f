namespace SoftrLite;

/// <summary>Whether an engine keeps a journal of its writes (see <see cref="JournalOptions.Mode"/>).</summary>
public enum JournalMode
{
    /// <summary>On for engines opened on a data directory, off for in-memory engines.</summary>
    Auto,

    /// <summary>Always on, in memory too.</summary>
    On,

    /// <summary>Off: nothing is journaled, and undo and redo are refused.</summary>
    Off,
}
