namespace SoftrLite;

/// <summary>What a <see cref="JournalEntry"/> records.</summary>
public enum JournalEntryKind
{
    /// <summary>A record write: records created, changed or deleted, and their links. It can be undone and redone.</summary>
    Records,

    /// <summary>
    /// A schema change: a table, field or view created, changed or deleted. It cannot be undone (a deleted field's data is
    /// not kept), and an undo stops at it: <see cref="HistoryOperations.Undo"/> refuses with <see cref="ErrorCode.BadRequest"/>.
    /// </summary>
    Schema,
}
