namespace SoftrLite;

/// <summary>
/// One committed change, delivered by <see cref="ChangeFeed"/> after its transaction commits, in commit order. A write of
/// records gives one notification per table and kind it touched (a create of an order that links a customer gives
/// <see cref="ChangeKind.RecordsCreated"/> for the order and <see cref="ChangeKind.RecordsUpdated"/> for the customer,
/// whose inverse link and rollups moved).
/// </summary>
public sealed record ChangeNotification
{
    /// <summary>
    /// Increases by one with every notification the engine publishes, so a subscriber sees no gap; a
    /// <see cref="ChangeKind.Missed"/> notice carries the sequence of the last notification it stands for.
    /// </summary>
    public required long Sequence { get; init; }

    /// <summary>What changed.</summary>
    public required ChangeKind Kind { get; init; }

    /// <summary>The database; <see langword="null"/> for <see cref="ChangeKind.Reset"/> and <see cref="ChangeKind.Missed"/>.</summary>
    public DatabaseId? Database { get; init; }

    /// <summary>The table; <see langword="null"/> for a schema change of a whole database and for the kinds without a database.</summary>
    public TableId? Table { get; init; }

    /// <summary>The records created, updated or deleted, in row order; empty for the other kinds.</summary>
    public IReadOnlyList<RecordId> Records { get; init; } = [];

    /// <summary>The fields whose stored value changed in <see cref="Records"/> (recomputed fields included).</summary>
    public IReadOnlyList<FieldId> Fields { get; init; } = [];

    /// <summary>Who made the change (the writer's acting user), when known.</summary>
    public Collaborator? ActingUser { get; init; }

    /// <summary>When the change was committed, by the engine's clock.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>Whether the change was made by another process sharing the files (seen by polling; see <see cref="ChangeKind.TableChanged"/>).</summary>
    public bool External { get; init; }

    /// <summary>For <see cref="ChangeKind.Missed"/>, how many notifications this subscriber did not receive.</summary>
    public long Missed { get; init; }
}
