using SoftrLite.Storage;

namespace SoftrLite.Journal;

/// <summary>
/// The content of a journal entry, what undoing and redoing its write needs: the rows it changed with their images before
/// and after, the link rows it added or removed, and for a schema change what changed.
/// </summary>
/// <param name="Columns">Per table number, the field columns its images hold after the system columns.</param>
/// <param name="Rows">The rows the write created, changed or deleted.</param>
/// <param name="Links">The link rows the write added or removed.</param>
/// <param name="Schema">For a schema change, what changed; <see langword="null"/> for a record write.</param>
internal sealed record JournalImage(
    IReadOnlyDictionary<long, IReadOnlyList<long>> Columns,
    IReadOnlyList<RowChange> Rows,
    IReadOnlyList<LinkChange> Links,
    string? Schema);
