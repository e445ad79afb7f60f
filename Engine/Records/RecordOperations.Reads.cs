using System.Text.Json;
using SoftrLite.Computed;
using SoftrLite.Errors;
using SoftrLite.Query;
using SoftrLite.Records;
using SoftrLite.Compiled;
using SoftrLite.Schema;
using SoftrLite.Storage;

namespace SoftrLite;

// The reads of records: get, list, search and enumerate, and the one read path they share (volatile formulas
// evaluated at the read's clock). The writes are in RecordOperations.cs.
public sealed partial class RecordOperations
{
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
        if (TrySearchInOneStatement(databaseId, tableId, query, page, collaborators, dates, respond, out var answer))
        {
            return answer;
        }

        return Read(databaseId, (s, model, codec) =>
        {
            // A filter or sort by a volatile formula evaluates it in SQL, row by row, at this read's clock; its counts
            // and orderings move with the clock, so they are not cached.
            using var evaluated = VolatileSqlFor(databaseId, model, codec, query);
            var search = new SearchCommand(model, codec.Table, query, dates, collaborators, s.Dialect, evaluated?.Expressions);
            var revision = DatabaseStore.DataRevision(s);
            var total = evaluated is null ? _searches.Count($"{databaseId}|{search.FilterSignature}", revision, () => search.Count(s)) : search.Count(s);
            var records = page.EffectiveLimit == 0 || page.Offset >= total
                ? []
                : page.Offset < DeepOffset
                    ? RecordReader.Selected(s, codec, model, _context.Options.TimeZone, search.Page(codec.Shape, page.Offset, page.EffectiveLimit))
                    : DeepPage(s, model, codec, search, page, evaluated is null ? _searches.Keys($"{databaseId}|{search.Signature}", revision, () => search.Keys(s)) : search.Keys(s));
            return respond(codec.Table.Table, new Page<Record>(records, page.Offset, page.EffectiveLimit, total));
        }, tableId, (table, reads) => !VolatileSql.CanEvaluate(reads, table, _context.Store(databaseId).Dialect) && QueryFields.Of(table, query).Any(f => reads.Evaluates(f.Id)));
    }

    // The common case of a page — the schema model cached and current, a table without links, no volatile formula, and a
    // total (for a deep page in row-key order, the ordered keys) already read at the data revision — is one statement: the
    // page's rows led by the schema and data revisions. Anything else (an empty page, a revision that moved) goes the long way.
    private bool TrySearchInOneStatement<T>(
        DatabaseId databaseId, TableId tableId, RecordQuery query, Paging page, IReadOnlyList<Collaborator> collaborators, DateValues dates, Func<Table, Page<Record>, T> respond, out T answer)
    {
        answer = default!;
        if (page.EffectiveLimit == 0 || _models.Cached(databaseId) is not { } model || model.FindTable(tableId) is not { Links.Count: 0 } table
            || !_volatile.KnownStable(databaseId))
        {
            return false;
        }

        var store = _context.Store(databaseId);
        var codec = _codecs.For(table, collaborators);
        var search = new SearchCommand(model, table, query, dates, collaborators, store.Dialect, null);
        SqlStatement statement;
        Func<long, bool> counted;
        var total = 0L;
        if (page.Offset < DeepOffset)
        {
            var countKey = $"{databaseId}|{search.FilterSignature}";
            statement = search.Page(codec.Shape, page.Offset, page.EffectiveLimit, withRevisions: true);
            counted = data => _searches.TryCount(countKey, data, out total);
        }
        else if (search.OrdersByRowKey && _searches.TryNewestKeys($"{databaseId}|{search.Signature}", out var keysRevision, out var keys) && page.Offset < keys.Length)
        {
            var last = Math.Min(page.Offset + page.EffectiveLimit, keys.Length) - 1;
            statement = search.RowKeyRange(codec.Shape, keys[page.Offset], keys[last], withRevisions: true) with { ExpectedRows = last - page.Offset + 1 };
            total = keys.Length;
            counted = data => data == keysRevision;
        }
        else
        {
            return false;
        }

        var records = store.ReadOne(s => RecordStore.TryRowsAtRevisions(
            s,
            statement,
            (schema, data) => schema == model.Revision && counted(data),
            row => codec.Finish(codec.Decode(row), LinkValues.Empty)));
        if (records is null)
        {
            return false;
        }

        answer = respond(table.Table, new Page<Record>(records, page.Offset, page.EffectiveLimit, total));
        return true;
    }

    private VolatileSql? VolatileSqlFor(DatabaseId databaseId, DatabaseModel model, RecordCodec codec, RecordQuery query)
    {
        var reads = _plans.For(model).VolatileFor(codec.Table.Id);
        if (reads.Local.Count == 0 || reads.NeedsRefresh || !VolatileSql.CanEvaluate(reads, codec.Table, _context.Store(databaseId).Dialect)
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
}
