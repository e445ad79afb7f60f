namespace SoftrLite.Storage;

/// <summary>
/// What a record write changed, taken at the storage seam while it happens (see <see cref="WriteScope.Images"/>): the
/// first image of every row it updated or deleted, read just before the change, the rows it inserted, and the link rows
/// it added or removed (net: a link added and removed again in the same write is not there). <see cref="Finish"/> reads
/// the images after the write.
/// </summary>
internal sealed class WriteImages(Func<long, IReadOnlyList<long>> columnsOf)
{
    private readonly Dictionary<(long Table, long RowKey), StoredValue[]?> _before = [];
    private readonly Dictionary<long, IReadOnlyList<long>> _columns = [];
    // Kept apart: SQLite may give a link row inserted by the write the key of one it removed (the largest key is reused).
    private readonly Dictionary<(long Junction, long Rk), LinkChange> _added = [];
    private readonly Dictionary<(long Junction, long Rk), LinkChange> _removed = [];

    /// <summary>The field columns each table's images hold, after the system columns.</summary>
    public IReadOnlyDictionary<long, IReadOnlyList<long>> Columns => _columns;

    /// <summary>Whether the write changed no row and no link.</summary>
    public bool IsEmpty => _before.Count == 0 && _added.Count == 0 && _removed.Count == 0;

    /// <summary>A row is about to be updated or deleted: its image is kept, the first time.</summary>
    public void BeforeRowChange(ReadScope s, long table, long rowKey)
    {
        if (!_before.ContainsKey((table, rowKey)))
        {
            _before[(table, rowKey)] = ImageStore.ReadOne(s, table, ColumnsOf(table), rowKey);
        }
    }

    /// <summary>A row was inserted: it had no image before.</summary>
    public void RowInserted(long table, long rowKey)
    {
        ColumnsOf(table);
        _before.TryAdd((table, rowKey), null);
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
    public (List<RowChange> Rows, List<LinkChange> Links) Finish(ReadScope s)
    {
        var rows = new List<RowChange>(_before.Count);
        foreach (var group in _before.GroupBy(pair => pair.Key.Table))
        {
            var after = ImageStore.Read(s, group.Key, _columns[group.Key], group.Select(pair => pair.Key.RowKey));
            foreach (var ((table, rowKey), before) in group)
            {
                var image = after.GetValueOrDefault(rowKey);
                if (before is not null || image is not null)
                {
                    rows.Add(new RowChange(table, rowKey, before, image));
                }
            }
        }

        return (rows, [.. _removed.Values, .. _added.Values]);
    }

    private IReadOnlyList<long> ColumnsOf(long table)
    {
        if (!_columns.TryGetValue(table, out var columns))
        {
            _columns[table] = columns = columnsOf(table);
        }

        return columns;
    }
}
