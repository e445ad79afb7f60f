using SoftrLite.Fields;

namespace SoftrLite.Storage;

/// <summary>
/// The current row of a record read (see <see cref="RecordStore"/>): its system columns by name and its field columns by
/// their place in the row's <see cref="RowShape"/>. Which ordinal holds what stays inside Storage.
/// </summary>
internal readonly struct StoredRow(RowCursor reader, int offset = 0)
{
    private const int RowKeyOrdinal = 0;
    private const int IdOrdinal = 1;
    private const int CreatedAtOrdinal = 2;
    private const int UpdatedAtOrdinal = 3;
    private const int CreatedByOrdinal = 4;
    private const int UpdatedByOrdinal = 5;
    private const int AutonumberOrdinal = 6;
    private const int FirstFieldOrdinal = 7;

    /// <summary>The select list of a row: system columns first, in the order of the ordinals above.</summary>
    public const string SystemColumns = "_rk, _id, _created_at, _updated_at, _created_by, _updated_by, _autonumber";

    public long RowKey => reader.Integer(offset + RowKeyOrdinal);

    public string Id => reader.Text(offset + IdOrdinal);

    public long CreatedAt => reader.Integer(offset + CreatedAtOrdinal);

    public long UpdatedAt => reader.Integer(offset + UpdatedAtOrdinal);

    /// <summary>Whether the row is there (a LEFT JOIN that found none gives NULL system columns).</summary>
    public bool Exists => !reader.IsNull(offset + RowKeyOrdinal);

    /// <summary>A system column's value.</summary>
    public StoredValue System(RowColumn column) => column switch
    {
        RowColumn.Id => StoredValue.FromText(reader.Text(offset + IdOrdinal)),
        RowColumn.CreatedAt => StoredValue.FromInteger(reader.Integer(offset + CreatedAtOrdinal)),
        RowColumn.UpdatedAt => StoredValue.FromInteger(reader.Integer(offset + UpdatedAtOrdinal)),
        RowColumn.CreatedBy => Text(offset + CreatedByOrdinal),
        RowColumn.UpdatedBy => Text(offset + UpdatedByOrdinal),
        RowColumn.Autonumber => StoredValue.FromInteger(reader.Integer(offset + AutonumberOrdinal)),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Not a system column of a row."),
    };

    /// <summary>The value of the field column at <paramref name="index"/> of the row's shape.</summary>
    public StoredValue Column(int index, FieldStorage storage) => reader.Read(offset + FirstFieldOrdinal + index, storage);

    private StoredValue Text(int ordinal) => reader.IsNull(ordinal) ? StoredValue.Empty : StoredValue.FromText(reader.Text(ordinal));
}
