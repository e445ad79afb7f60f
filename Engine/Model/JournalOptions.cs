namespace SoftrLite;

/// <summary>
/// The journal of committed writes each database keeps for undo, redo and record history (see
/// <see cref="HistoryOperations"/>): whether it is on and how much it holds. The oldest entries are pruned first.
/// </summary>
public sealed record JournalOptions
{
    /// <summary>The defaults: on for data directories, off in memory; at most 1,000 entries and 32 MiB.</summary>
    public static JournalOptions Default { get; } = new();

    /// <summary>Whether the journal is kept; <see cref="JournalMode.Auto"/> by default.</summary>
    public JournalMode Mode { get; init; } = JournalMode.Auto;

    /// <summary>The most entries a database's journal holds (1,000 by default, about what Grist keeps); at least 1.</summary>
    public int MaxEntries { get; init; } = 1_000;

    /// <summary>The most bytes a database's journal holds, entries' encoded sizes added up (32 MiB by default); at least 1.</summary>
    public long MaxBytes { get; init; } = 32L * 1024 * 1024;
}
