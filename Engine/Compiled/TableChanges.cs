namespace SoftrLite.Compiled;

/// <summary>The changes of one write to one table (see <see cref="ChangeSet"/>).</summary>
internal sealed class TableChanges(TableId table)
{
    public TableId Table { get; } = table;

    /// <summary>Row keys of rows the write created.</summary>
    public HashSet<long> Inserted { get; } = [];

    /// <summary>Row keys of existing rows whose values, links or computed values changed.</summary>
    public HashSet<long> Updated { get; } = [];

    /// <summary>Row keys of rows the write deleted, with their record IDs.</summary>
    public Dictionary<long, RecordId> Deleted { get; } = [];

    /// <summary>The fields that changed in the updated rows (in an inserted row, every field did).</summary>
    public HashSet<FieldId> Fields { get; } = [];

    /// <summary>Rows whose values may have changed: inserted or updated (what recomputation starts from).</summary>
    public IEnumerable<long> Touched => Inserted.Concat(Updated);
}
