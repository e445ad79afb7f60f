namespace SoftrLite.Storage;

/// <summary>Where a journal stands after an append (see <see cref="JournalStore.Append"/>): what pruning needs.</summary>
/// <param name="Seq">The new entry's sequence number.</param>
/// <param name="Total">The running total of sizes at the new entry.</param>
/// <param name="OldestSeq">The oldest entry's sequence number.</param>
/// <param name="OldestBase">The running total before the oldest entry: the journal's size is <c>Total - OldestBase</c>.</param>
internal sealed record JournalTail(long Seq, long Total, long OldestSeq, long OldestBase);
