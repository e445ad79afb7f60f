namespace SoftrLite.Storage;

/// <summary>One row of a database file's journal (<c>_journal</c>): an encoded entry and what is known about it without decoding it.</summary>
/// <param name="Seq">The entry's place in the journal; later writes have larger numbers.</param>
/// <param name="Kind">What the entry records: <c>records</c> or <c>schema</c>.</param>
/// <param name="Undone">Whether the entry was undone (and can be redone).</param>
/// <param name="At">When the write committed, epoch milliseconds.</param>
/// <param name="User">Who wrote it, collaborator JSON, or <see langword="null"/>.</param>
/// <param name="Bytes">The encoded entry.</param>
internal sealed record JournalRow(long Seq, string Kind, bool Undone, long At, string? User, byte[] Bytes);
