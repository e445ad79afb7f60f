namespace SoftrLite.Storage;

/// <summary>A row of a link table a write added or removed, with its key, so putting it back keeps the links' order.</summary>
/// <param name="Junction">The link table's number.</param>
/// <param name="Rk">The link row's key.</param>
/// <param name="A">The record on the owning side.</param>
/// <param name="B">The linked record.</param>
/// <param name="Added">Whether the write added the row (else it removed it).</param>
internal sealed record LinkChange(long Junction, long Rk, long A, long B, bool Added);
