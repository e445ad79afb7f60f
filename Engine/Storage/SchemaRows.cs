using SoftrLite.Storage.Rows;

namespace SoftrLite.Storage;

/// <summary>
/// Every table and field row of a database file at one schema revision, as a session keeps them between calls (see
/// <see cref="DatabaseStore.Schema"/>). Shared, so never changed: whoever edits rows edits copies.
/// </summary>
internal sealed class SchemaRows(long revision, IReadOnlyList<TableRow> tables, IReadOnlyList<FieldRow> fields)
{
    /// <summary>The schema revision these rows are (see <see cref="DatabaseStore.SchemaRevision"/>).</summary>
    public long Revision { get; } = revision;

    /// <summary>The tables, by number.</summary>
    public IReadOnlyList<TableRow> Tables { get; } = tables;

    /// <summary>The fields, by table number, then position, with <see cref="FieldRow.Indexed"/> set.</summary>
    public IReadOnlyList<FieldRow> Fields { get; } = fields;

    /// <summary>Whether both hold the same rows, value for value (a check of what a write published).</summary>
    public bool SameRowsAs(SchemaRows other) =>
        Tables.Count == other.Tables.Count && Fields.Count == other.Fields.Count
        && Tables.Zip(other.Tables).All(p => p.First.SameAs(p.Second))
        && Fields.Zip(other.Fields).All(p => p.First.SameAs(p.Second));
}
