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

    /// <summary>
    /// Whether the row was created by the write and its after-image holds the system columns only (a keys-only image):
    /// the field values it was created with are the row's own until a later entry changes it, so an undo reads them from
    /// the row (and keeps them in the entry for a redo), and a record's history takes them from the next entry's
    /// before-image or the row. For a table without field columns the two kinds of image are the same.
    /// </summary>
    public bool AfterIsKeysOnly => Before is null && After is { Length: ImageStore.SystemCount };
}
