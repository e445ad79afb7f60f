using SoftrLite.Computed;
using SoftrLite.Errors;
using SoftrLite.Journal;
using SoftrLite.Records;
using SoftrLite.Compiled;
using SoftrLite.Storage;

namespace SoftrLite;

/// <summary>
/// Undo, redo and history of a database's writes, from its journal (see <see cref="JournalOptions"/>). Each database file
/// keeps its own journal, written in the same transaction as the write it records, so after a crash the journal and the
/// data agree. Undo reverts the most recent journaled write not undone yet, redo applies the oldest undone one again; a
/// new write clears what could be redone. Each is one transaction that also recomputes the formulas, lookups, rollups
/// and counts depending on what it restored, and is published on <see cref="SoftrEngine.Changes"/> as a write.
/// </summary>
public sealed class HistoryOperations
{
    private readonly EngineContext _context;
    private readonly DatabaseOperations _databases;
    private readonly ModelCache _models;
    private readonly PlanCache _plans;
    private readonly ComputedSchema _computed;

    internal HistoryOperations(EngineContext context, DatabaseOperations databases, ModelCache models, PlanCache plans, ComputedSchema computed)
    {
        _context = context;
        _databases = databases;
        _models = models;
        _plans = plans;
        _computed = computed;
    }

    /// <summary>Whether this engine keeps journals (see <see cref="JournalOptions.Mode"/>).</summary>
    public bool IsEnabled => _context.Journal.Enabled;

    /// <summary>Whether <see cref="Undo"/> would find a write to revert (it may still refuse one changed since).</summary>
    /// <exception cref="SoftrException"><see cref="ErrorCode.ResourceNotFound"/> for an unknown database.</exception>
    public bool CanUndo(DatabaseId databaseId) =>
        Read(databaseId, s => JournalStore.LatestUndoable(s) is { } row && Undoable(row));

    /// <summary>Whether <see cref="Redo"/> would find an undone write to apply again.</summary>
    /// <exception cref="SoftrException"><see cref="ErrorCode.ResourceNotFound"/> for an unknown database.</exception>
    public bool CanRedo(DatabaseId databaseId) => Read(databaseId, s => JournalStore.OldestRedoable(s) is not null);

    /// <summary>The database's journal, newest entry first.</summary>
    /// <exception cref="SoftrException"><see cref="ErrorCode.ResourceNotFound"/> for an unknown database.</exception>
    public IReadOnlyList<JournalEntry> Entries(DatabaseId databaseId) =>
        Read(databaseId, s => JournalStore.List(s).Select(ToEntry).ToArray());

    /// <summary>Reverts the database's most recent journaled write not undone yet, as one transaction.</summary>
    /// <returns>The entry undone.</returns>
    /// <exception cref="SoftrException">
    /// <see cref="ErrorCode.ConstraintViolation"/> when a record (or its links) the write touched was changed since by a
    /// write the journal does not hold (e.g. by an engine with the journal off): nothing is changed;
    /// <see cref="ErrorCode.BadRequest"/> when there is nothing to undo, when the journal is off, or when the latest entry
    /// created or deleted a table or field (see <see cref="JournalEntryKind.Schema"/>); <see cref="ErrorCode.ResourceNotFound"/>
    /// for an unknown database.
    /// </exception>
    public JournalEntry Undo(DatabaseId databaseId) => Step(databaseId, undo: true);

    /// <summary>Applies again the database's oldest undone write, as one transaction.</summary>
    /// <returns>The entry redone.</returns>
    /// <exception cref="SoftrException">As <see cref="Undo"/>; <see cref="ErrorCode.BadRequest"/> when nothing was undone since the last write.</exception>
    public JournalEntry Redo(DatabaseId databaseId) => Step(databaseId, undo: false);

    /// <summary>
    /// The journaled versions of one record, newest first: what each write in effect (not undone) that created, changed or
    /// deleted it left. Writes pruned from the journal are not there; a record never journaled has an empty history.
    /// </summary>
    /// <exception cref="SoftrException"><see cref="ErrorCode.ResourceNotFound"/> for an unknown database or table.</exception>
    public IReadOnlyList<RecordVersion> RecordHistory(DatabaseId databaseId, TableId tableId, RecordId recordId)
    {
        ArgumentException.ThrowIfNullOrEmpty(recordId.Value, nameof(recordId));
        var collaborators = _context.Collaborators(_databases.WorkspaceOf(databaseId));
        return _context.Store(databaseId).Read(s =>
        {
            var table = _models.Get(s, databaseId).Table(tableId);
            var codec = new RecordCodec(table, _context.Options.TimeZone, collaborators);
            var versions = new List<RecordVersion>();

            // Newest first: the before-image of each change is what the change older than it left, which is where a
            // created row's values are when its entry holds its keys alone (else in the row itself).
            (IReadOnlyList<long> Columns, StoredValue[]? Image)? newer = null;
            foreach (var row in JournalStore.Touching(s, recordId.Value).Where(r => r.Kind == Journaling.RecordsKind))
            {
                var image = _context.Journal.Decode(row.Bytes);
                foreach (var change in image.Rows.Where(c => c.Table == table.Num && c.RecordId == recordId.Value))
                {
                    (IReadOnlyList<long> Columns, StoredValue[]? Image) left = change.AfterIsKeysOnly
                        ? newer ?? CurrentRow(s, table, change.RowKey)
                        : (image.Columns[table.Num], change.After);
                    versions.Add(new RecordVersion
                    {
                        Sequence = row.Seq,
                        Kind = change.Before is null ? RecordVersionKind.Created : change.After is null ? RecordVersionKind.Deleted : RecordVersionKind.Updated,
                        At = Timestamps.FromStored(row.At),
                        ActingUser = Journaling.User(row.User),
                        Fields = left.Image is null ? new Dictionary<FieldId, object>() : Values(codec, left.Columns, left.Image),
                    });
                    newer = change.Before is null ? null : (image.Columns[table.Num], change.Before);
                }
            }

            return versions;
        });
    }

    private JournalEntry Step(DatabaseId databaseId, bool undo)
    {
        var collaborators = _context.Collaborators(_databases.WorkspaceOf(databaseId));
        if (!_context.Journal.Enabled)
        {
            throw SoftrErrors.JournalOff();
        }

        var actingUser = _context.Options.ActingUser;
        return _context.Store(databaseId).Write(s =>
        {
            var row = (undo ? JournalStore.LatestUndoable(s) : JournalStore.OldestRedoable(s))
                ?? throw (undo ? SoftrErrors.NothingToUndo(databaseId) : SoftrErrors.NothingToRedo(databaseId));
            if (!Undoable(row))
            {
                throw SoftrErrors.SchemaUndo(row.Seq);
            }

            var image = _context.Journal.Decode(row.Bytes);
            s.Replay = true;
            if (row.Kind == Journaling.SchemaKind)
            {
                Metadata(s, databaseId, collaborators, row.Seq, image, undo);
            }
            else
            {
                Records(s, databaseId, collaborators, actingUser, row.Seq, image, undo);
            }

            JournalStore.SetUndone(s, row.Seq, undo);
            _context.FailPoint(undo ? "journal.undo" : "journal.redo");
            return ToEntry(row with { Undone = undo });
        });
    }

    private void Records(WriteScope s, DatabaseId databaseId, IReadOnlyList<Collaborator> collaborators, Collaborator? actingUser, long sequence, JournalImage image, bool undo)
    {
        var model = _models.Get(s, databaseId);
        var (changes, entry) = JournalReplay.Apply(s, model, sequence, image, undo);
        if (!ReferenceEquals(entry, image))
        {
            JournalStore.Rewrite(s, sequence, _context.Journal.Encode(entry));
        }

        var plan = _plans.For(model);
        if (!plan.IsEmpty && !changes.IsEmpty)
        {
            new Recomputer(s, model, plan, collaborators, _context.ComputeEnvironment()).Run(changes);
        }

        foreach (var changed in changes.Tables)
        {
            if (model.FindTable(changed.Table) is { } table)
            {
                s.Touch(table.Num);
            }
        }

        if (_context.Changes.HasSubscribers && !changes.IsEmpty)
        {
            var notes = ChangeNotes.Of(s, databaseId, model, changes, actingUser, _context.Now());
            s.OnCommit(() => _context.Changes.Publish(notes));
        }
    }

    // The metadata rows go back, then the computed fields whose options moved are recomputed, as a field update does.
    private void Metadata(WriteScope s, DatabaseId databaseId, IReadOnlyList<Collaborator> collaborators, long sequence, JournalImage image, bool undo)
    {
        var fields = JournalReplay.ApplyMetadata(s, sequence, image, undo);
        DatabaseStore.BumpSchemaRevision(s);
        var model = _models.Get(s, databaseId);
        foreach (var group in fields.GroupBy(f => f.Table))
        {
            if (model.Tables.FirstOrDefault(t => t.Num == group.Key) is { } table)
            {
                _computed.AfterChange(s, databaseId, collaborators, table.Id, group.Select(f => (f.Field, f.Type)).ToArray());
            }
        }
    }

    // Record writes can be undone; schema changes when the journal holds their metadata rows.
    private bool Undoable(JournalRow row) =>
        row.Kind == Journaling.RecordsKind || _context.Journal.Decode(row.Bytes).Schema == Journaling.MetadataChange;

    private T Read<T>(DatabaseId databaseId, Func<ReadScope, T> work)
    {
        _databases.WorkspaceOf(databaseId);
        return _context.Store(databaseId).Read(work);
    }

    // A row as it is now, with the table's journaled columns (null when the row is gone).
    private static (IReadOnlyList<long> Columns, StoredValue[]? Image) CurrentRow(ReadScope s, TableModel table, long rowKey)
    {
        var columns = Journaling.UserColumns(table);
        return (columns, ImageStore.ReadOne(s, table.Num, columns, rowKey));
    }

    private static Dictionary<FieldId, object> Values(RecordCodec codec, IReadOnlyList<long> columns, StoredValue[] image)
    {
        var values = new Dictionary<FieldId, object>();
        foreach (var field in codec.Table.Stored)
        {
            var index = columns.ToList().IndexOf(field.Num);
            if (index >= 0 && image[ImageStore.SystemCount + index] is { IsEmpty: false } stored
                && field.Type.Decode(stored, codec.Context(field)) is { } value)
            {
                values[field.Id] = value;
            }
        }

        return values;
    }

    private static JournalEntry ToEntry(JournalRow row) => new()
    {
        Sequence = row.Seq,
        Kind = row.Kind == Journaling.RecordsKind ? JournalEntryKind.Records : JournalEntryKind.Schema,
        At = Timestamps.FromStored(row.At),
        ActingUser = Journaling.User(row.User),
        Undone = row.Undone,
    };
}
