using System.Text.Json;
using SoftrLite.Computed;
using SoftrLite.Errors;
using SoftrLite.Query;
using SoftrLite.Records;
using SoftrLite.Compiled;
using SoftrLite.Schema;
using SoftrLite.Storage;

namespace SoftrLite;

/// <summary>
/// Records of a table. Values are keyed by field ID or by exact field name (ID first); every write is one
/// transaction, so a failed call — a whole batch included — leaves the data as it was.
/// </summary>
public sealed partial class RecordOperations
{
    private readonly EngineContext _context;
    private readonly DatabaseOperations _databases;
    private const int DeepOffset = 1000;
    private readonly ModelCache _models;
    private readonly ViewOperations _views;
    private readonly SearchCache _searches;
    private readonly PlanCache _plans;
    private readonly VolatileRefresh _volatile;
    private readonly CodecCache _codecs;
    private readonly Collaborator? _actingUser;

    internal RecordOperations(EngineContext context, DatabaseOperations databases, ModelCache models, ViewOperations views, SearchCache searches, PlanCache plans, Collaborator? actingUser)
    {
        _context = context;
        _databases = databases;
        _models = models;
        _views = views;
        _searches = searches;
        _plans = plans;
        _volatile = new VolatileRefresh(context, models, plans);
        _codecs = new CodecCache(context.Options.TimeZone);
        _actingUser = actingUser;
    }

    /// <summary>The same operations, writing as <paramref name="actingUser"/> (CREATED_BY and UPDATED_BY).</summary>
    public RecordOperations As(Collaborator actingUser)
    {
        ArgumentNullException.ThrowIfNull(actingUser);
        return new RecordOperations(_context, _databases, _models, _views, _searches, _plans, actingUser);
    }

    /// <summary>Creates a record; fields left out get their default value or stay empty.</summary>
    /// <exception cref="SoftrException">
    /// <see cref="ErrorCode.UnknownField"/> for a key that names no field; <see cref="ErrorCode.ValidationError"/> for a bad value,
    /// a read-only or missing required field, or a link to a missing record; <see cref="ErrorCode.ResourceNotFound"/> for an unknown database or table.
    /// </exception>
    public Record Create(DatabaseId databaseId, TableId tableId, IReadOnlyDictionary<string, object?> fields) =>
        Create(databaseId, tableId, fields, static (_, record) => record);

    /// <summary>As <see cref="Create(DatabaseId, TableId, IReadOnlyDictionary{string, object?})"/>, answering with <paramref name="respond"/> inside the write's transaction.</summary>
    internal T Create<T>(DatabaseId databaseId, TableId tableId, IReadOnlyDictionary<string, object?> fields, Func<Table, Record, T> respond)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return Write(databaseId, tableId, writer => writer.Create([fields], batch: false), (table, records) => respond(table, records[0]));
    }

    /// <summary>Creates many records in one transaction: all of them, or none when any item fails.</summary>
    /// <exception cref="SoftrException">
    /// The code of the first failing item, with <see cref="SoftrException.Items"/> listing every failing item (index, field, code).
    /// </exception>
    public IReadOnlyList<Record> CreateMany(DatabaseId databaseId, TableId tableId, IEnumerable<IReadOnlyDictionary<string, object?>> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var items = records.ToList();
        return Write(databaseId, tableId, writer => writer.Create(items, batch: true));
    }

    /// <summary>Forgets cached models, totals, orderings and volatile refresh times (fixture reset and restore).</summary>
    internal void ForgetCaches()
    {
        _models.Clear();
        _searches.Clear();
        _volatile.Clear();
    }

    /// <summary>Creates records with the given IDs in one transaction (fixtures); returns how many were made.</summary>
    internal int CreateWithIds(DatabaseId databaseId, TableId tableId, IReadOnlyList<RecordId> ids, IReadOnlyList<IReadOnlyDictionary<string, object?>> records) =>
        Write(databaseId, tableId, writer => writer.Create(records, batch: true, ids)).Count;

    /// <summary>Changes the given fields of a record; the others stay. <c>null</c>, <c>""</c> or <c>[]</c> clears a field.</summary>
    /// <exception cref="SoftrException">
    /// <see cref="ErrorCode.ResourceNotFound"/> for an unknown record; otherwise as <see cref="Create"/>.
    /// </exception>
    public Record Update(DatabaseId databaseId, TableId tableId, RecordId recordId, IReadOnlyDictionary<string, object?> fields) =>
        Update(databaseId, tableId, recordId, fields, static (_, record) => record);

    /// <summary>As <see cref="Update(DatabaseId, TableId, RecordId, IReadOnlyDictionary{string, object?})"/>, answering with <paramref name="respond"/> inside the write's transaction.</summary>
    internal T Update<T>(DatabaseId databaseId, TableId tableId, RecordId recordId, IReadOnlyDictionary<string, object?> fields, Func<Table, Record, T> respond)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return Write(databaseId, tableId, writer => writer.Update([new RecordUpdate(recordId, fields)], batch: false), (table, records) => respond(table, records[0]));
    }

    /// <summary>Changes many records in one transaction: all of them, or none when any item fails.</summary>
    /// <exception cref="SoftrException">As <see cref="CreateMany"/>.</exception>
    public IReadOnlyList<Record> UpdateMany(DatabaseId databaseId, TableId tableId, IEnumerable<RecordUpdate> updates)
    {
        ArgumentNullException.ThrowIfNull(updates);
        var items = updates.ToList();
        return Write(databaseId, tableId, writer => writer.Update(items, batch: true));
    }

    /// <summary>Deletes a record and removes it from every link.</summary>
    /// <exception cref="SoftrException"><see cref="ErrorCode.ResourceNotFound"/> for an unknown database, table or record.</exception>
    public void Delete(DatabaseId databaseId, TableId tableId, RecordId recordId) =>
        Write(databaseId, tableId, writer =>
        {
            writer.Delete([recordId], batch: false);
            return [];
        });

    /// <summary>Deletes many records in one transaction: all of them, or none when any is missing.</summary>
    /// <exception cref="SoftrException">As <see cref="CreateMany"/>.</exception>
    public void DeleteMany(DatabaseId databaseId, TableId tableId, IEnumerable<RecordId> recordIds)
    {
        ArgumentNullException.ThrowIfNull(recordIds);
        var items = recordIds.ToList();
        Write(databaseId, tableId, writer =>
        {
            writer.Delete(items, batch: true);
            return [];
        });
    }

    private IReadOnlyList<Record> Write(DatabaseId databaseId, TableId tableId, Func<RecordWriter, IReadOnlyList<long>> work) =>
        Write(databaseId, tableId, work, static (_, records) => records);

    /// <summary>
    /// One write: a write scope, the records written, what they change recomputed, the written records read back, and
    /// <paramref name="respond"/> given them with their table — all inside the one transaction, which commits after.
    /// </summary>
    private T Write<T>(DatabaseId databaseId, TableId tableId, Func<RecordWriter, IReadOnlyList<long>> work, Func<Table, IReadOnlyList<Record>, T> respond)
    {
        var workspace = _databases.WorkspaceOf(databaseId);
        var collaborators = _context.Collaborators(workspace);
        return _context.Store(databaseId).Write(s =>
        {
            var model = _models.Get(s, databaseId);
            var table = model.Table(tableId);
            var environment = _context.ComputeEnvironment();
            var formulas = _plans.For(model).RowFormulasOf(table.Id);
            var writer = new RecordWriter(_context, s, model, table, collaborators, _actingUser ?? _context.Options.ActingUser, formulas, environment);
            var images = _context.Journal.Begin(s, model);
            var keys = work(writer);
            if (images is not null)
            {
                _context.Journal.Commit(s, images, _actingUser ?? _context.Options.ActingUser, _context.Now());
            }

            // The model is read again: a write may have added select choices.
            var readModel = _models.Get(s, databaseId);
            var plan = _plans.For(readModel);
            if (!plan.IsEmpty && !writer.Changes.IsEmpty)
            {
                new Recomputer(s, readModel, plan, collaborators, environment).Run(writer.Changes, writer.ComputedTables);
            }

            foreach (var changed in writer.Changes.Tables)
            {
                if (readModel.FindTable(changed.Table) is { } changedTable)
                {
                    s.Touch(changedTable.Num);
                }
            }

            if (_context.Changes.HasSubscribers && !writer.Changes.IsEmpty)
            {
                var notes = ChangeNotes.Of(s, databaseId, readModel, writer.Changes, _actingUser ?? _context.Options.ActingUser, _context.Now());
                s.OnCommit(() => _context.Changes.Publish(notes));
            }

            _context.FailPoint("records.write");
            var written = readModel.Table(tableId);
            if (keys.Count == 0)
            {
                return respond(written.Table, []);
            }

            if (writer.Built is { } built && built.Count == keys.Count)
            {
                return respond(written.Table, built);
            }

            var codec = new RecordCodec(written, _context.Options.TimeZone, collaborators);
            var sorted = keys.Distinct().Order().ToList();
            var inKeyOrder = RecordReader.ByKeys(s, codec, readModel, _context.Options.TimeZone, sorted);
            return respond(written.Table, InRequestOrder(keys, sorted, inKeyOrder));
        });
    }

    // Rows come back in row-key order; updates may name records in any order (or twice), so the result
    // follows the request.
    private static IReadOnlyList<Record> InRequestOrder(IReadOnlyList<long> keys, List<long> sorted, IReadOnlyList<Record> inKeyOrder)
    {
        if (inKeyOrder.Count != sorted.Count)
        {
            throw new InvalidOperationException("A written record could not be read back.");
        }

        var result = new Record[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            result[i] = inKeyOrder[sorted.BinarySearch(keys[i])];
        }

        return result;
    }
}
