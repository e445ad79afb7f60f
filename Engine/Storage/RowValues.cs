namespace SoftrLite.Storage;

/// <summary>
/// A record row held in memory: its key, its six system values (in <see cref="RowColumn"/> order, the order a journal
/// image starts with) and then its field columns in the order of its <see cref="RowShape"/>. A write reads the rows it
/// changes once (see <see cref="RecordStore.RowsByIds"/>) and edits them as it edits the table, so it needs no read to
/// find, image or answer them.
/// </summary>
internal sealed class RowValues(long rowKey, StoredValue[] values)
{
    /// <summary>How many system values come before the field columns.</summary>
    public const int SystemCount = 6;

    /// <summary>The row's key.</summary>
    public long RowKey { get; } = rowKey;

    /// <summary>The system values, then the field columns (the array is the row's, edited in place).</summary>
    public StoredValue[] Values { get; } = values;

    /// <summary>The record ID.</summary>
    public string Id => Values[(int)RowColumn.Id].Text!;

    /// <summary>A new row's values: its header and the values of its shape's columns.</summary>
    public static RowValues Inserted(long rowKey, in RowHeader header, IReadOnlyList<StoredValue> columns)
    {
        var values = new StoredValue[SystemCount + columns.Count];
        var by = header.By is null ? StoredValue.Empty : StoredValue.FromText(header.By);
        values[(int)RowColumn.Id] = StoredValue.FromText(header.Id);
        values[(int)RowColumn.CreatedAt] = values[(int)RowColumn.UpdatedAt] = StoredValue.FromInteger(header.At);
        values[(int)RowColumn.CreatedBy] = values[(int)RowColumn.UpdatedBy] = by;
        values[(int)RowColumn.Autonumber] = StoredValue.FromInteger(header.Autonumber);
        for (var i = 0; i < columns.Count; i++)
        {
            values[SystemCount + i] = columns[i];
        }

        return new RowValues(rowKey, values);
    }

    /// <summary>A system value.</summary>
    public StoredValue System(RowColumn column) => Values[(int)column];

    /// <summary>The value of the field column at <paramref name="index"/> of the row's shape.</summary>
    public StoredValue Column(int index) => Values[SystemCount + index];

    /// <summary>Records an edit the row has just had: these columns (by shape index) now hold these values.</summary>
    public void Edited(long updatedAt, string? updatedBy, IReadOnlyList<int> indexes, IReadOnlyList<StoredValue> values)
    {
        Values[(int)RowColumn.UpdatedAt] = StoredValue.FromInteger(updatedAt);
        Values[(int)RowColumn.UpdatedBy] = updatedBy is null ? StoredValue.Empty : StoredValue.FromText(updatedBy);
        for (var i = 0; i < indexes.Count; i++)
        {
            Values[SystemCount + indexes[i]] = values[i];
        }
    }
}
