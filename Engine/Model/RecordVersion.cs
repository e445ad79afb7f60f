namespace SoftrLite;

/// <summary>A record as one journaled write left it (see <see cref="HistoryOperations.RecordHistory"/>).</summary>
public sealed record RecordVersion
{
    /// <summary>The <see cref="JournalEntry.Sequence"/> of the write.</summary>
    public required long Sequence { get; init; }

    /// <summary>What the write did to the record.</summary>
    public required RecordVersionKind Kind { get; init; }

    /// <summary>When the write committed.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>Who wrote it, if known.</summary>
    public Collaborator? ActingUser { get; init; }

    /// <summary>
    /// The record's written values after the write, keyed by field ID, in the shapes <see cref="Record.Fields"/> has;
    /// empty values, links and computed fields are left out (computed values are not journaled). Empty for a deletion.
    /// </summary>
    public required IReadOnlyDictionary<FieldId, object> Fields { get; init; }
}
