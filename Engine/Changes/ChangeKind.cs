namespace SoftrLite;

/// <summary>What a <see cref="ChangeNotification"/> reports.</summary>
public enum ChangeKind
{
    /// <summary>Records were created; <see cref="ChangeNotification.Fields"/> lists every field of the table.</summary>
    RecordsCreated,

    /// <summary>
    /// Records changed: written values, links, or computed values recomputed because something they read changed.
    /// <see cref="ChangeNotification.Fields"/> lists the fields whose stored value moved.
    /// </summary>
    RecordsUpdated,

    /// <summary>Records were deleted.</summary>
    RecordsDeleted,

    /// <summary>The schema of a database changed: a table, field or view was created, changed or deleted.</summary>
    SchemaChanged,

    /// <summary>
    /// Another process changed a table's records (or, with no table, the database) in the same files; which records is
    /// not known. Re-read what is on screen.
    /// </summary>
    TableChanged,

    /// <summary>Every database was reset or restored from a snapshot (fixtures): re-read everything.</summary>
    Reset,

    /// <summary>
    /// This subscriber fell behind by more than its queue holds, and <see cref="ChangeNotification.Missed"/> notifications
    /// were dropped (for it only) after the ones it received before this one. Re-read what is on screen.
    /// </summary>
    Missed,
}
