using SoftrLite.Fields;

namespace SoftrLite.Storage;

/// <summary>
/// What a record write changed, taken at the storage seam while it happens (see <see cref="WriteScope.Images"/>): the
/// first image of every row it updated or deleted, read just before the change; the system columns of every row it
/// inserted (its record ID, times, authors and autonumber: a keys-only image, kept current as the write edits the row,
/// see <see cref="RowChange.AfterIsKeysOnly"/>), whose field values stay in the row itself until an undo reads them; and
/// the link rows it added or removed (net: a link added and removed again in the same write is not there).
/// </summary>
internal sealed class WriteImages(Func<long, ImageColumns> columnsOf)
{
    private readonly Dictionary<(long Table, long RowKey), StoredValue[]?> _before = [];
    private readonly Dictionary<(long Table, long RowKey), StoredValue[]> _current = [];
    private readonly Dictionary<long, ImageColumns> _columns = [];
    private readonly Dictionary<long, (IReadOnlyList<long> Shape, int[] Positions)> _positions = [];

    // Kept apart: SQLite may give a link row inserted by the write the key of one it removed (the largest key is reused).
    private readonly Dictionary<(long Junction, long Rk), LinkChange> _added = [];
    private readonly Dictionary<(long Junction, long Rk), LinkChange> _removed = [];

    /// <summary>The field columns each table's images hold, after the system columns.</summary>
    public IReadOnlyDictionary<long, IReadOnlyList<long>> Columns => _columns.ToDictionary(pair => pair.Key, pair => pair.Value.Nums);

    /// <summary>Whether the write changed no row and no link.</summary>
    public bool IsEmpty => _before.Count == 0 && _added.Count == 0 && _removed.Count == 0;

    /// <summary>
    /// Rows a batch is about to update or delete, read in one statement; <see cref="BeforeRowChange"/> then finds them
    /// taken. Rows already imaged keep their first image.
    /// </summary>
    public void BeforeRowsChange(ReadScope s, long table, IReadOnlyCollection<long> rowKeys)
    {
        var missing = rowKeys.Where(rowKey => !_before.ContainsKey((table, rowKey))).Distinct().ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var images = ImageStore.Read(s, table, ColumnsOf(table).Nums, missing);
        foreach (var rowKey in missing)
        {
            var image = images.GetValueOrDefault(rowKey);
            _before[(table, rowKey)] = image;
            if (image is not null)
            {
                _current[(table, rowKey)] = (StoredValue[])image.Clone();
            }
        }
    }

    /// <summary>
    /// Rows a write is about to update, already read whole (system values, then the shape's columns): their images are
    /// taken from them. Rows already imaged keep their first image.
    /// </summary>
    public void BeforeRowsChange(RowShape shape, IEnumerable<RowValues> rows)
    {
        var positions = PositionsOf(shape);
        foreach (var row in rows)
        {
            if (_before.ContainsKey((shape.Table, row.RowKey)))
            {
                continue;
            }

            var image = new StoredValue[ImageStore.SystemCount + positions.Length];
            Array.Copy(row.Values, image, ImageStore.SystemCount);
            for (var i = 0; i < positions.Length; i++)
            {
                image[ImageStore.SystemCount + i] = positions[i] < 0 ? StoredValue.Empty : row.Column(positions[i]);
            }

            _before[(shape.Table, row.RowKey)] = image;
            _current[(shape.Table, row.RowKey)] = (StoredValue[])image.Clone();
        }
    }

    /// <summary>A row is about to be updated or deleted: its image is kept, the first time.</summary>
    public void BeforeRowChange(ReadScope s, long table, long rowKey)
    {
        if (!_before.ContainsKey((table, rowKey)))
        {
            var image = ImageStore.ReadOne(s, table, ColumnsOf(table).Nums, rowKey);
            _before[(table, rowKey)] = image;
            if (image is not null)
            {
                _current[(table, rowKey)] = (StoredValue[])image.Clone();
            }
        }
    }

    /// <summary>
    /// A row was updated (after <see cref="BeforeRowChange"/>): its image now has these values in these columns, and the
    /// edit's time and editor. Columns outside the image (computed ones) are not kept.
    /// </summary>
    public void RowUpdated(long table, long rowKey, long updatedAt, string? updatedBy, IReadOnlyList<long> columns, IReadOnlyList<StoredValue> values)
    {
        if (!_current.TryGetValue((table, rowKey), out var image))
        {
            return;
        }

        var nums = ColumnsOf(table);
        image[2] = StoredValue.FromInteger(updatedAt);
        image[4] = updatedBy is null ? StoredValue.Empty : StoredValue.FromText(updatedBy);
        if (image.Length == ImageStore.SystemCount)
        {
            // A row this write inserted: its image is keys-only, the values stay in the row.
            return;
        }

        for (var i = 0; i < columns.Count; i++)
        {
            var at = IndexOf(nums.Nums, columns[i]);
            if (at >= 0)
            {
                image[ImageStore.SystemCount + at] = AsStored(values[i], nums.Storage[at]);
            }
        }
    }

    /// <summary>A row was deleted (after <see cref="BeforeRowChange"/>): it has no image after the write.</summary>
    public void RowDeleted(long table, long rowKey) => _current.Remove((table, rowKey));

    /// <summary>A row was inserted: it had no image before, and after it a keys-only one (its system columns).</summary>
    public void RowInserted(long table, long rowKey, in RowHeader header)
    {
        var by = header.By is null ? StoredValue.Empty : StoredValue.FromText(header.By);
        var image = new StoredValue[ImageStore.SystemCount];
        image[0] = StoredValue.FromText(header.Id);
        image[1] = image[2] = StoredValue.FromInteger(header.At);
        image[3] = image[4] = by;
        image[5] = StoredValue.FromInteger(header.Autonumber);
        ColumnsOf(table); // the entry lists the table's columns, which an undo checks against the table's
        _before.TryAdd((table, rowKey), null);
        _current[(table, rowKey)] = image;
    }

    /// <summary>The links of a record on one side of a link table are about to be removed.</summary>
    public void BeforeLinksRemoved(ReadScope s, long junction, string column, long rowKey)
    {
        foreach (var (rk, a, b) in ImageStore.LinkRows(s, junction, column, rowKey))
        {
            if (!_added.Remove((junction, rk)))
            {
                _removed[(junction, rk)] = new LinkChange(junction, rk, a, b, Added: false);
            }
        }
    }

    /// <summary>A link row was inserted.</summary>
    public void LinkInserted(long junction, long rk, long a, long b)
    {
        if (_removed.TryGetValue((junction, rk), out var removed) && removed.A == a && removed.B == b)
        {
            _removed.Remove((junction, rk));
            return;
        }

        _added[(junction, rk)] = new LinkChange(junction, rk, a, b, Added: true);
    }

    /// <summary>The rows with their images before and after the write (rows made and removed within it left out), and the link rows.</summary>
    public (List<RowChange> Rows, List<LinkChange> Links) Finish()
    {
        var rows = new List<RowChange>(_before.Count);
        foreach (var (key, before) in _before)
        {
            var after = _current.GetValueOrDefault(key);
            if (before is not null || after is not null)
            {
                rows.Add(new RowChange(key.Table, key.RowKey, before, after));
            }
        }

        return (rows, [.. _removed.Values, .. _added.Values]);
    }

    // What a STRICT column keeps of a value: REAL keeps an integer as a real, INTEGER a whole real as an integer.
    private static StoredValue AsStored(StoredValue value, FieldStorage storage) => (value.Kind, storage) switch
    {
        (FieldStorage.Integer, FieldStorage.Real) => StoredValue.FromReal(value.Integer),
        (FieldStorage.Real, FieldStorage.Integer) when value.Real == Math.Floor(value.Real) => StoredValue.FromInteger((long)value.Real),
        _ => value,
    };

    private ImageColumns ColumnsOf(long table)
    {
        if (!_columns.TryGetValue(table, out var columns))
        {
            _columns[table] = columns = columnsOf(table);
        }

        return columns;
    }

    // Where each image column sits among the shape's columns (-1: not written by the insert).
    private int[] PositionsOf(RowShape shape)
    {
        if (_positions.TryGetValue(shape.Table, out var known) && ReferenceEquals(known.Shape, shape.Columns))
        {
            return known.Positions;
        }

        var nums = ColumnsOf(shape.Table).Nums;
        var positions = new int[nums.Count];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = IndexOf(shape.Columns, nums[i]);
        }

        _positions[shape.Table] = (shape.Columns, positions);
        return positions;
    }

    private static int IndexOf(IReadOnlyList<long> list, long value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
