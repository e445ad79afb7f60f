namespace SoftrLite;

/// <summary>One entry of a database's journal: a committed write (see <see cref="HistoryOperations"/>).</summary>
public sealed record JournalEntry
{
    /// <summary>The entry's place in the database's journal; later writes have larger numbers.</summary>
    public required long Sequence { get; init; }

    /// <summary>What the write changed: records or the schema.</summary>
    public required JournalEntryKind Kind { get; init; }

    /// <summary>When the write committed.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>Who wrote it (<see cref="RecordOperations.As"/> or <see cref="SoftrEngineOptions.ActingUser"/>), if known.</summary>
    public Collaborator? ActingUser { get; init; }

    /// <summary>Whether the write is undone now (and can be redone).</summary>
    public required bool Undone { get; init; }
}
