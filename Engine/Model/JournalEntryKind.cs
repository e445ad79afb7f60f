namespace SoftrLite;

/// <summary>What a <see cref="JournalEntry"/> records.</summary>
public enum JournalEntryKind
{
    /// <summary>A record write: records created, changed or deleted, and their links. It can be undone and redone.</summary>
    Records,

    /// <summary>
    /// A schema change. Renaming or describing a table or field, and changing a field's options or flags (a formula, select
    /// choices, precision…), can be undone and redone: the entry holds the metadata before and after, and the computed
    /// fields are recomputed. Creating or deleting a table or field cannot (a deleted field's or table's data is not
    /// journaled): an undo stops at it, refused with <see cref="ErrorCode.BadRequest"/>. Views are not journaled.
    /// </summary>
    Schema,
}
