namespace SoftrLite.Compiled;

/// <summary>
/// What one write changed, table by table: rows inserted, rows deleted (with their record IDs) and rows updated, with
/// the fields that changed. The write fills it; recomputation reads it and adds what it recomputed, so that at commit
/// it names every field whose stored value moved (what a change feed or a journal publishes).
/// </summary>
internal sealed class ChangeSet
{
    private readonly Dictionary<TableId, TableChanges> _tables = [];

    /// <summary>The tables with changes, in the order they were first changed.</summary>
    public IReadOnlyCollection<TableChanges> Tables => _tables.Values;

    /// <summary>Whether nothing changed.</summary>
    public bool IsEmpty => _tables.Count == 0;

    /// <summary>A new row: every field of it counts as changed.</summary>
    public void Inserted(TableId table, long rowKey) => For(table).Inserted.Add(rowKey);

    /// <summary>Rows whose <paramref name="fields"/> changed (values, links, or recomputed values).</summary>
    public void Updated(TableId table, IEnumerable<long> rowKeys, IEnumerable<FieldId> fields)
    {
        var changes = For(table);
        foreach (var rowKey in rowKeys)
        {
            if (!changes.Inserted.Contains(rowKey) && !changes.Deleted.ContainsKey(rowKey))
            {
                changes.Updated.Add(rowKey);
            }
        }

        changes.Fields.UnionWith(fields);
    }

    /// <summary>A deleted row and its record ID.</summary>
    public void Deleted(TableId table, long rowKey, RecordId id)
    {
        var changes = For(table);
        changes.Inserted.Remove(rowKey);
        changes.Updated.Remove(rowKey);
        changes.Deleted[rowKey] = id;
    }

    private TableChanges For(TableId table)
    {
        if (!_tables.TryGetValue(table, out var changes))
        {
            _tables[table] = changes = new TableChanges(table);
        }

        return changes;
    }
}
