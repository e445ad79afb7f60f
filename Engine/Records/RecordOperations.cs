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
public sealed class RecordOperations
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

    /// <summary>Gets a record.</summary>
    /// <exception cref="SoftrException"><see cref="ErrorCode.ResourceNotFound"/> for an unknown database, table or record.</exception>
    public Record Get(DatabaseId databaseId, TableId tableId, RecordId recordId) => Get(databaseId, tableId, recordId, static (_, record) => record);

    /// <summary>A record, answered with <paramref name="respond"/> (given the record's table) inside the read's snapshot.</summary>
    internal T Get<T>(DatabaseId databaseId, TableId tableId, RecordId recordId, Func<Table, Record, T> respond) =>
        TryGetInOneStatement(databaseId, tableId, recordId, respond, out var answer) ? answer : Read(databaseId, (s, model, codec) =>
        {
            var records = RecordReader.ById(s, codec, model, _context.Options.TimeZone, recordId.Value);
            return records.Count == 1 ? respond(codec.Table.Table, records[0]) : throw SoftrErrors.RecordNotFound(recordId);
        }, tableId);

    // The common case of a get — the schema model cached and current, a table without links, no volatile formula — is
    // one statement: the row and the schema revision together. Anything else (or a schema that moved) goes the long way.
    private bool TryGetInOneStatement<T>(DatabaseId databaseId, TableId tableId, RecordId recordId, Func<Table, Record, T> respond, out T answer)
    {
        answer = default!;
        if (_models.Cached(databaseId) is not { } model || model.FindTable(tableId) is not { Links.Count: 0 } table || !_volatile.KnownStable(databaseId))
        {
            return false;
        }

        var codec = _codecs.For(table, _context.Collaborators(_databases.WorkspaceOf(databaseId)));
        Record? found = null;
        if (!_context.Store(databaseId).ReadOne(s => RecordStore.TryRowById(s, codec.Shape, model.Revision, recordId.Value, row =>
            found = row is { } stored ? codec.Finish(codec.Decode(stored), LinkValues.Empty) : null)))
        {
            return false;
        }

        answer = found is not null ? respond(table.Table, found) : throw SoftrErrors.RecordNotFound(recordId);
        return true;
    }

    /// <summary>Lists records in creation order, or through a view's saved filter and sort.</summary>
    /// <exception cref="SoftrException">
    /// <see cref="ErrorCode.BadRequest"/> for a negative offset or limit; <see cref="ErrorCode.ResourceNotFound"/> for an unknown database,
    /// table or view.
    /// </exception>
    public Page<Record> List(DatabaseId databaseId, TableId tableId, Paging? paging = null, ViewId? viewId = null) =>
        List(databaseId, tableId, paging, viewId, static (_, page) => page);

    /// <summary>As <see cref="List(DatabaseId, TableId, Paging?, ViewId?)"/>, answering with <paramref name="respond"/> inside the read's snapshot.</summary>
    internal T List<T>(DatabaseId databaseId, TableId tableId, Paging? paging, ViewId? viewId, Func<Table, Page<Record>, T> respond)
    {
        var page = PagingRules.Validate(paging);
        if (viewId is not { } id)
        {
            return Search(databaseId, tableId, new RecordQuery { Paging = page }, respond);
        }

        var view = _views.Get(databaseId, tableId, id);
        return Search(databaseId, tableId, new RecordQuery { Filter = view.Filter, Sort = view.Sort, Paging = page }, respond);
    }

    /// <summary>Searches records: a filter tree, sort keys and paging, all run inside SQLite.</summary>
    /// <exception cref="SoftrException">
    /// <see cref="ErrorCode.UnknownField"/> for a condition or sort key naming no field; <see cref="ErrorCode.BadRequest"/> for a
    /// malformed condition, an operator that does not apply to the field's type, or bad paging;
    /// <see cref="ErrorCode.ResourceNotFound"/> for an unknown database or table.
    /// </exception>
    public Page<Record> Search(DatabaseId databaseId, TableId tableId, RecordQuery query) => Search(databaseId, tableId, query, static (_, page) => page);

    /// <summary>As <see cref="Search(DatabaseId, TableId, RecordQuery)"/>, answering with <paramref name="respond"/> inside the read's snapshot.</summary>
    internal T Search<T>(DatabaseId databaseId, TableId tableId, RecordQuery query, Func<Table, Page<Record>, T> respond)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = PagingRules.Validate(query.Paging);
        var collaborators = _context.Collaborators(_databases.WorkspaceOf(databaseId));
        var dates = new DateValues(_context.Options.TimeProvider.GetUtcNow(), _context.Options.TimeZone);
        return Read(databaseId, (s, model, codec) =>
        {
            // A filter or sort by a volatile formula evaluates it in SQL, row by row, at this read's clock; its counts
            // and orderings move with the clock, so they are not cached.
            using var evaluated = VolatileSqlFor(databaseId, model, codec, query);
            var search = new SearchCommand(model, codec.Table, query, dates, collaborators, evaluated?.Expressions);
            var revision = DatabaseStore.DataRevision(s);
            var total = evaluated is null ? _searches.Count($"{databaseId}|{search.FilterSignature}", revision, () => search.Count(s)) : search.Count(s);
            var records = page.EffectiveLimit == 0 || page.Offset >= total
                ? []
                : page.Offset < DeepOffset
                    ? RecordReader.Selected(s, codec, model, _context.Options.TimeZone, search.Page(codec.Shape, page.Offset, page.EffectiveLimit))
                    : DeepPage(s, model, codec, search, page, evaluated is null ? _searches.Keys($"{databaseId}|{search.Signature}", revision, () => search.Keys(s)) : search.Keys(s));
            return respond(codec.Table.Table, new Page<Record>(records, page.Offset, page.EffectiveLimit, total));
        }, tableId, (table, reads) => !VolatileSql.CanEvaluate(reads, table) && QueryFields.Of(table, query).Any(f => reads.Evaluates(f.Id)));
    }

    private VolatileSql? VolatileSqlFor(DatabaseId databaseId, DatabaseModel model, RecordCodec codec, RecordQuery query)
    {
        var reads = _plans.For(model).VolatileFor(codec.Table.Id);
        if (reads.Local.Count == 0 || reads.NeedsRefresh || !VolatileSql.CanEvaluate(reads, codec.Table)
            || !QueryFields.Of(codec.Table, query).Any(f => reads.Evaluates(f.Id)))
        {
            return null;
        }

        return VolatileSql.Register(reads, codec, _context.ComputeEnvironment(), _context.Store(databaseId).Evaluators);
    }

    /// <summary>
    /// Every record a query matches (its filter and sort; all records in creation order for <see langword="null"/>),
    /// read lazily, <see cref="Paging.MaxLimit"/> at a time, as the sequence is enumerated; the query's
    /// <see cref="Paging.Offset"/> is where it starts, its limit is not used. Each page is read in its own snapshot,
    /// so records written while enumerating may be missed or seen twice, as with any offset paging.
    /// </summary>
    /// <exception cref="SoftrException">As <see cref="Search"/>, raised by the first page when enumeration starts.</exception>
    public IEnumerable<Record> Enumerate(DatabaseId databaseId, TableId tableId, RecordQuery? query = null)
    {
        var start = query ?? RecordQuery.All;
        _ = PagingRules.Validate(start.Paging);
        return Pages(databaseId, tableId, start);
    }

    private IEnumerable<Record> Pages(DatabaseId databaseId, TableId tableId, RecordQuery query)
    {
        for (var offset = query.Paging.Offset; ; offset += Paging.MaxLimit)
        {
            var page = Search(databaseId, tableId, query with { Paging = new Paging(offset, Paging.MaxLimit) });
            foreach (var record in page.Items)
            {
                yield return record;
            }

            if (page.Items.Count < Paging.MaxLimit || offset + page.Items.Count >= page.Total)
            {
                yield break;
            }
        }
    }

    // Past the first pages, OFFSET would walk every skipped row again on every page. The ordered row keys of the
    // search are read once per data revision and kept; a page is then a slice of them, read by key.
    private IReadOnlyList<Record> DeepPage(ReadScope s, DatabaseModel model, RecordCodec codec, SearchCommand search, Paging page, long[] keys)
    {
        var slice = keys.AsSpan(page.Offset, Math.Min(page.EffectiveLimit, keys.Length - page.Offset)).ToArray();
        var timeZone = _context.Options.TimeZone;
        if (search.OrdersByRowKey)
        {
            return RecordReader.Selected(s, codec, model, timeZone, search.RowKeyRange(codec.Shape, slice[0], slice[^1]) with { ExpectedRows = slice.Length });
        }

        var byKey = RecordReader.ByKeysKeyed(s, codec, model, timeZone, slice).ToDictionary(r => r.RowKey, r => r.Record);
        return slice.Select(key => byKey[key]).ToArray();
    }

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
            var writer = new RecordWriter(_context, s, model, table, collaborators, _actingUser ?? _context.Options.ActingUser);
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
                new Recomputer(s, readModel, plan, collaborators, _context.ComputeEnvironment()).Run(writer.Changes);
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

    /// <summary>
    /// One read in one snapshot. Volatile formulas of the table are evaluated per returned record at the read's clock;
    /// only when a value of the table depends on one through a link, or <paramref name="filtersOrSortsBy"/> says the
    /// read filters or sorts by one, are the stored values refreshed first (a write), and the read done again.
    /// </summary>
    private T Read<T>(DatabaseId databaseId, Func<ReadScope, DatabaseModel, RecordCodec, T> work, TableId tableId, Func<TableModel, VolatileReads, bool>? filtersOrSortsBy = null)
    {
        var workspace = _databases.WorkspaceOf(databaseId);
        var collaborators = _context.Collaborators(workspace);
        var store = _context.Store(databaseId);
        var refreshed = false;
        while (true)
        {
            var refresh = false;
            var result = store.Read(s =>
            {
                var model = _models.Get(s, databaseId);
                var table = model.Table(tableId);
                var codec = _codecs.For(table, collaborators);
                var plan = _plans.For(model);
                _volatile.Seen(databaseId, plan.HasVolatile);
                var reads = plan.VolatileFor(tableId);
                if (reads.IsNone)
                {
                    return work(s, model, codec);
                }

                if (!refreshed && (reads.NeedsRefresh || (filtersOrSortsBy?.Invoke(table, reads) ?? false)))
                {
                    refresh = true;
                    return default!;
                }

                var evaluation = new VolatileEvaluation(reads.Local, codec, _context.ComputeEnvironment());
                return work(s, model, codec.Completing(evaluation.Complete));
            });
            if (!refresh)
            {
                return result;
            }

            _volatile.Refresh(databaseId, store, collaborators);
            refreshed = true;
        }
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
