namespace SoftrLite.Records.Model;

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

    /// <summary>The fields that changed in the inserted and updated rows.</summary>
    public HashSet<FieldId> Fields { get; } = [];

    /// <summary>Rows whose values may have changed: inserted or updated (what recomputation starts from).</summary>
    public IEnumerable<long> Touched => Inserted.Concat(Updated);

    /// <summary>Marks every field of the table changed (a new row).</summary>
    public void AllFields(TableModel table)
    {
        if (Fields.Count < table.Fields.Count)
        {
            foreach (var field in table.Fields)
            {
                Fields.Add(field.Id);
            }
        }
    }
}
