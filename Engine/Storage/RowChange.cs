namespace SoftrLite.Storage;

/// <summary>
/// A row a write changed, as images: the row before and after the write (<see langword="null"/> where the row did not
/// exist). An image holds the system columns (see <see cref="ImageStore.SystemColumns"/>) and then the columns listed
/// for its table (see <see cref="WriteImages.Columns"/>).
/// </summary>
/// <param name="Table">The table's number.</param>
/// <param name="RowKey">The row's key.</param>
/// <param name="Before">The row before the write, or <see langword="null"/> when the write created it.</param>
/// <param name="After">The row after the write, or <see langword="null"/> when the write deleted it.</param>
internal sealed record RowChange(long Table, long RowKey, StoredValue[]? Before, StoredValue[]? After)
{
    /// <summary>The record ID of the row (from whichever image there is).</summary>
    public string RecordId => (After ?? Before)![0].Text!;
}
