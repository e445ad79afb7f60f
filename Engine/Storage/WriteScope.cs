using System.Data.Common;
using SoftrLite.Storage.Rows;

namespace SoftrLite.Storage;

/// <summary>
/// A write on one file: its one transaction, on the store's writer connection. Everything done through it commits
/// together when the write returns, or not at all.
/// </summary>
internal sealed class WriteScope : ReadScope
{
    internal WriteScope(StoreSession session, DbTransaction transaction)
        : base(session, transaction)
    {
        _rowsChangedAtStart = RowsChanged();
    }

    private readonly long? _rowsChangedAtStart;

    private List<Action>? _committed;
    private HashSet<long>? _touched;

    internal new DbTransaction Transaction => base.Transaction!;

    /// <summary>Whether the write changed the schema (see <see cref="DatabaseStore.BumpSchemaRevision"/>).</summary>
    public bool SchemaChanged { get; internal set; }

    /// <summary>When the write is journaled, what it changes is taken here by the record operations of <see cref="RecordStore"/>.</summary>
    public WriteImages? Images { get; set; }

    /// <summary>The schema revision before the write changed the schema (set by <see cref="DatabaseStore.BumpSchemaRevision"/>).</summary>
    public long? SchemaRevisionBefore { get; internal set; }

    /// <summary>The schema revision the write read while it still saw the committed rows, if it read it then.</summary>
    internal long? CommittedSchemaRevision { get; set; }

    /// <summary>The schema revision the write's last <see cref="DatabaseStore.BumpSchemaRevision"/> set, which it commits with.</summary>
    internal long? SchemaRevisionAfter { get; set; }

    /// <summary>Whether the write is an undo or redo: the journal keeps no entry for it.</summary>
    public bool Replay { get; set; }

    /// <summary>The tables whose records this write changed (see <see cref="Touch"/>).</summary>
    public IReadOnlyCollection<long> TouchedTables => (IReadOnlyCollection<long>?)_touched ?? [];

    /// <summary>
    /// Notes that the write changed records of a table: the table's revision moves at commit, so other processes sharing
    /// the file see which tables changed (see <see cref="DatabaseStore.Revisions"/>).
    /// </summary>
    public void Touch(long table) => (_touched ??= []).Add(table);

    /// <summary>
    /// Runs <paramref name="action"/> once the write has committed, still holding the writer, so actions of successive
    /// writes run in commit order; never when the write rolls back. An action must be quick and must not throw.
    /// </summary>
    public void OnCommit(Action action) => (_committed ??= []).Add(action);

    /// <summary>
    /// Says that <paramref name="tables"/> and <paramref name="fields"/> are every table and field row as this schema write
    /// leaves them (rows no one edits any more), so the next call on this session need not read them: they are kept at
    /// commit under the new schema revision (see <see cref="DatabaseStore.Write{T}"/>).
    /// </summary>
    public void PublishSchema(IReadOnlyList<TableRow> tables, IReadOnlyList<FieldRow> fields) => Published = (tables, fields);

    /// <summary>What the write published with <see cref="PublishSchema"/>, if anything.</summary>
    internal (IReadOnlyList<TableRow> Tables, IReadOnlyList<FieldRow> Fields)? Published { get; private set; }

    // Until the write changes a row (counted by the database where it tells), it sees the committed rows.
    internal override bool SeesCommittedRows => _rowsChangedAtStart is { } start && RowsChanged() == start;

    internal void Committed()
    {
        foreach (var action in _committed ?? [])
        {
            action();
        }
    }
}
