using SoftrLite.Compiled;
using SoftrLite.Fields;
using SoftrLite.Query;
using SoftrLite.Records;
using SoftrLite.Storage;

namespace SoftrLite.Computed;

/// <summary>
/// Keeps stored computed values current inside a write's transaction. Told which records changed which fields,
/// it recomputes exactly the dependent computed fields of those records, in dependency order, then follows links
/// to the records of other tables that look up, roll up or count them, until nothing is left to do.
/// </summary>
internal sealed class Recomputer(WriteScope s, DatabaseModel model, ComputedPlan plan, IReadOnlyList<Collaborator> collaborators, ComputeEnvironment environment)
{
    private const int MaxSteps = 100_000;
    // Pending work per table: notes for one table merge, so a batch of N records is recomputed in one pass, not N.
    private readonly Queue<TableId> _order = new();
    private readonly Dictionary<TableId, (TableModel Table, HashSet<long> Rows, HashSet<FieldId> Changed)> _pending = [];
    private readonly Dictionary<TableId, RecordCodec> _codecs = [];
    private ChangeSet? _changes;
    private readonly HashSet<TableId> _current = [];

    /// <summary>
    /// Recomputes what a write changed: starts from the inserted and updated rows of <paramref name="changes"/> and adds
    /// to it every computed value it rewrites, so the change set names every field whose stored value moved. The rows of
    /// <paramref name="computed"/> tables were written with their computed fields current (see <see cref="RowFormulas"/>):
    /// they are not computed again, but what reads them elsewhere is.
    /// </summary>
    public void Run(ChangeSet changes, IReadOnlySet<TableId>? computed = null)
    {
        _changes = changes;
        _current.Clear();
        if (computed is not null)
        {
            _current.UnionWith(computed);
        }
        foreach (var table in changes.Tables.ToArray())
        {
            if (model.FindTable(table.Table) is { } current)
            {
                Changed(current, table.Touched, table.Inserted.Count > 0 ? current.Fields.Select(f => f.Id) : table.Fields);
            }
        }

        Run();
    }

    /// <summary>Notes that <paramref name="rows"/> of a table changed <paramref name="fields"/> (values, links, or the rows themselves).</summary>
    public void Changed(TableModel table, IEnumerable<long> rows, IEnumerable<FieldId> fields)
    {
        var keys = rows.ToHashSet();
        if (keys.Count == 0 || plan.IsEmpty)
        {
            return;
        }

        if (_pending.TryGetValue(table.Id, out var waiting))
        {
            waiting.Rows.UnionWith(keys);
            waiting.Changed.UnionWith(fields);
            return;
        }

        _pending[table.Id] = (table, keys, fields.ToHashSet());
        _order.Enqueue(table.Id);
    }

    public void Run()
    {
        for (var steps = 0; _order.TryDequeue(out var next); steps++)
        {
            var item = _pending[next];
            _pending.Remove(next);
            if (steps > MaxSteps)
            {
                throw new InvalidOperationException("Recomputation did not settle; the dependency graph has a cycle.");
            }

            var (table, rows, changed) = item;
            var affected = plan.Affected(table.Id, changed);
            // A table written with its formulas current is skipped once: the write's own rows are all it has pending.
            var current = _current.Remove(table.Id);
            if (affected.Count > 0)
            {
                if (!current)
                {
                    Recompute(table, rows, affected);
                }

                changed.UnionWith(affected.Select(f => f.Id));
                _changes?.Updated(table.Id, rows, affected.Select(f => f.Id));
            }

            foreach (var (reader, via) in plan.RemoteReaders(table.Id, changed))
            {
                var linking = LinkedRowsQuery.Backward(s, via.Link!, reader.Table, rows).Values.SelectMany(v => v);
                Changed(reader.Table, linking, [reader.Id]);
            }
        }
    }

    /// <summary>Computes fields for rows, inputs first, and writes the results.</summary>
    private void Recompute(TableModel table, HashSet<long> rows, List<ComputedField> fields)
    {
        // The record's own links are read only when a formula reads a link field; lookups, rollups and counts
        // read their linked values themselves.
        var needsLinks = fields.Any(f => f.Kind == ComputedKind.Formula && f.LocalInputs.Any(id => table.FindById(id.Value)?.Link is not null));
        var records = Read(table, rows, needsLinks);
        var linked = fields.Where(f => f.IsValid && f.Kind != ComputedKind.Formula).ToDictionary(f => f.Id, f => LinkedValues(f, rows));
        var columns = fields.Where(f => f.Field.HasColumn).ToList();
        var columnNums = columns.Select(f => f.Field.Num).ToArray();
        var storages = columns.Select(f => f.Field.Type.Storage).ToArray();
        var stored = new StoredValue[columns.Count];
        foreach (var (rowKey, record) in records)
        {
            var values = new Dictionary<FieldId, object>(record.Fields);
            foreach (var field in fields)
            {
                var value = field.IsValid ? Compute(field, record, values, linked.GetValueOrDefault(field.Id), rowKey) : null;
                if (value is null)
                {
                    values.Remove(field.Id);
                }
                else
                {
                    values[field.Id] = value;
                }
            }

            for (var i = 0; i < columns.Count; i++)
            {
                stored[i] = columns[i].Kind == ComputedKind.Count
                    ? values.TryGetValue(columns[i].Id, out var count) ? StoredValue.FromInteger((long)count) : StoredValue.Empty
                    : ComputedCodec.Encode(values.GetValueOrDefault(columns[i].Id));
            }

            RecordStore.UpdateComputed(s, table.Num, rowKey, columnNums, storages, stored);
        }
    }

    private object? Compute(ComputedField field, Record record, Dictionary<FieldId, object> values, Dictionary<long, List<object?>>? linked, long rowKey)
    {
        var items = linked?.GetValueOrDefault(rowKey) ?? [];
        return field.Kind switch
        {
            ComputedKind.Formula => field.Formula!.Evaluate(values, record, environment),
            ComputedKind.Count => (long)items.Count,
            ComputedKind.Lookup => LookupEntries(items),
            _ => RollupFunctions.Apply(field.Function!, items),
        };
    }

    /// <summary>Per row, the target field's value of each linked record (null when empty), in link order.</summary>
    private Dictionary<long, List<object?>> LinkedValues(ComputedField field, HashSet<long> rows)
    {
        string? filterSql = null;
        SqlParameters? parameters = null;
        if (field.Filter is not null)
        {
            parameters = new SqlParameters(s.Dialect);
            filterSql = new SqlFilterBuilder(model, field.LinkedTable!, new DateValues(environment.Now, environment.TimeZone), collaborators, parameters).Build(field.Filter);
        }

        if (field.Target is { Link: null } target && (target.HasColumn || target.System != SystemColumn.None))
        {
            var context = new FieldValueContext(target.Field, target.Type, target.Options, environment.TimeZone, collaborators);
            return LinkedRowsQuery.ForwardValues(s, field.Link!.Link!, field.LinkedTable!, target, rows, filterSql, parameters)
                .ToDictionary(pair => pair.Key, pair => pair.Value.Select(v => v.IsEmpty ? null : target.Type.Decode(v, context)).ToList());
        }

        var links = LinkedRowsQuery.Forward(s, field.Link!.Link!, field.LinkedTable!, rows, filterSql, parameters);
        var targets = field.Target is null
            ? []
            : Read(field.LinkedTable!, links.Values.SelectMany(v => v).ToHashSet(), loadLinks: true).ToDictionary(r => r.RowKey, r => r.Record);
        return links.ToDictionary(
            pair => pair.Key,
            pair => pair.Value.Select(key => field.Target is null ? null : targets[key].Fields.GetValueOrDefault(field.Target.Id)).ToList());
    }

    private List<(long RowKey, Record Record)> Read(TableModel table, HashSet<long> rows, bool loadLinks)
    {
        if (!_codecs.TryGetValue(table.Id, out var codec))
        {
            _codecs[table.Id] = codec = new RecordCodec(table, environment.TimeZone, collaborators);
        }

        return RecordReader.ByKeysKeyed(s, codec, model, environment.TimeZone, rows, loadLinks);
    }

    /// <summary>
    /// A lookup's entries: one per linked record in link order, a multi-value looked-up field flattened into it, and
    /// <see langword="null"/> for a linked record whose value is empty; <see langword="null"/> when every entry is empty.
    /// </summary>
    private static List<object?>? LookupEntries(List<object?> items)
    {
        var entries = new List<object?>(items.Count);
        var any = false;
        foreach (var item in items)
        {
            if (item is System.Collections.IEnumerable list and not string)
            {
                var before = entries.Count;
                entries.AddRange(list.Cast<object?>().Where(x => x is not null));
                if (entries.Count == before)
                {
                    entries.Add(null);
                }
                else
                {
                    any = true;
                }
            }
            else
            {
                entries.Add(item);
                any |= item is not null;
            }
        }

        return any ? entries : null;
    }
}
