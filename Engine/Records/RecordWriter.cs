using System.Text.Json;
using SoftrLite.Errors;
using SoftrLite.Fields;
using SoftrLite.Fields.Types;
using SoftrLite.Query;
using SoftrLite.Compiled;
using SoftrLite.Computed;
using SoftrLite.Storage;

namespace SoftrLite.Records;

/// <summary>
/// Validates and writes records of one table inside one transaction: values through their field types,
/// links through their link tables, defaults, required fields, system columns. A batch reports every
/// failing item; the caller's transaction makes it all or nothing.
/// </summary>
internal sealed class RecordWriter
{
    private readonly EngineContext _context;
    private readonly WriteScope _s;
    private readonly DatabaseModel _model;
    private readonly TableModel _table;
    private readonly RecordCodec _codec;
    private readonly string? _actingUser;
    private readonly long _now;
    private readonly RowFormulas? _formulas;
    private readonly ComputeEnvironment _environment;
    private readonly StoredValue[] _computed;
    private readonly RowEdit _edit = new();

    /// <summary>
    /// A writer of one table. <paramref name="formulas"/>, when the table has them, are computed on each row as it is
    /// written and written with it (<see cref="ComputedTables"/> then names the table, for the <see cref="Recomputer"/>).
    /// </summary>
    public RecordWriter(
        EngineContext context, WriteScope s, DatabaseModel model, TableModel table, IReadOnlyList<Collaborator> collaborators, Collaborator? actingUser,
        RowFormulas? formulas, ComputeEnvironment environment)
    {
        _context = context;
        _s = s;
        _model = model;
        _table = table;
        _formulas = formulas;
        _environment = environment;
        _computed = new StoredValue[formulas?.Fields.Count ?? 0];
        var now = context.Now();
        _now = Timestamps.ToStored(now);
        _actingUser = actingUser is null ? null : JsonSerializer.Serialize(new { id = actingUser.Id, name = actingUser.Name, email = actingUser.Email });
        _codec = new RecordCodec(table, context.Options.TimeZone, collaborators, f => AllowsNewChoices(f)
            ? new ChoiceAdder(s, f, context.Ids, context.Options.Quotas, now).Add
            : null);
    }

    public RecordCodec Codec => _codec;

    /// <summary>The tables whose computed fields this writer kept current on the rows it wrote (its own, or none).</summary>
    public IReadOnlySet<TableId> ComputedTables => _formulas is null ? new HashSet<TableId>() : new HashSet<TableId> { _table.Id };

    // Whether a written record can be built from the values written: nothing else inside the write (a link's other
    // side, a recomputation) can change a table without links whose computed fields, if any, the writer computes.
    private bool IsBuildable => _table.Links.Count == 0 && (_formulas is not null || !_table.Fields.Any(f => f.Type.IsReadOnly && f.System == SystemColumn.None));

    /// <summary>
    /// The created or updated records, built from the values just written, when nothing else can change them inside the
    /// write (no links, and no computed fields but the formulas the writer computes itself): then they need not be read
    /// back. <see langword="null"/> otherwise.
    /// </summary>
    public List<Record>? Built { get; private set; }

    /// <summary>What the writes changed: rows inserted, updated (with their fields) and deleted, in every table a link reaches.</summary>
    public ChangeSet Changes { get; } = new();

    /// <summary>Creates records; returns their row keys in order. <paramref name="ids"/>, when given, are the records' IDs (fixtures).</summary>
    public IReadOnlyList<long> Create(IReadOnlyList<IReadOnlyDictionary<string, object?>> items, bool batch, IReadOnlyList<RecordId>? ids = null)
    {
        var keys = new List<long>(items.Count);
        if (items.Count == 0)
        {
            return keys;
        }

        var errors = new List<BatchItemError>();
        var autonumber = RecordStore.ReserveAutonumbers(_s, _table.Num, items.Count);
        Built = IsBuildable ? new List<Record>(items.Count) : null;
        for (var i = 0; i < items.Count; i++)
        {
            try
            {
                ArgumentNullException.ThrowIfNull(items[i], nameof(items));
                var prepared = Prepare(items[i], creating: true);
                var (rowKey, row) = Insert(prepared, autonumber + i, ids?[i].Value);
                Built?.Add(Build(row!));
                WriteLinks(rowKey, prepared, replace: false);
                Changes.Inserted(_table.Id, rowKey);
                keys.Add(rowKey);
            }
            catch (SoftrException error) when (batch)
            {
                errors.Add(ItemError(i, error));
            }
        }

        ThrowIfAny(errors, items.Count);
        return keys;
    }

    /// <summary>
    /// Changes the given fields of records; returns their row keys in order. The rows are read whole once, before the
    /// first change (their keys, their journal images), and kept current as they are written, so that when nothing else
    /// can change them inside the write the answer is built from them (<see cref="Built"/>) instead of read back.
    /// </summary>
    public IReadOnlyList<long> Update(IReadOnlyList<RecordUpdate> items, bool batch)
    {
        var keys = new List<long>(items.Count);
        var written = new List<RowValues>(items.Count);
        var errors = new List<BatchItemError>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item is not null)
            {
                ids.Add(item.Id.Value);
            }
        }

        var rows = RecordStore.RowsByIds(_s, _codec.Shape, ids);
        RecordStore.BeforeRowsChange(_s, _codec.Shape, rows.Values);
        for (var i = 0; i < items.Count; i++)
        {
            try
            {
                ArgumentNullException.ThrowIfNull(items[i], nameof(items));
                var row = rows.GetValueOrDefault(items[i].Id.Value) ?? throw SoftrErrors.RecordNotFound(items[i].Id);
                var prepared = Prepare(items[i].Fields, creating: false);
                UpdateRow(row, prepared);
                WriteLinks(row.RowKey, prepared, replace: true);
                Changes.Updated(_table.Id, [row.RowKey], _table.Fields.Where(f => prepared.Given[f.Index]).Select(f => f.Id));
                keys.Add(row.RowKey);
                written.Add(row);
            }
            catch (SoftrException error) when (batch)
            {
                errors.Add(ItemError(i, error));
            }
        }

        ThrowIfAny(errors, items.Count);
        if (IsBuildable)
        {
            // Built after every item: a record named twice answers with its final values both times, as a read would.
            Built = written.ConvertAll(Build);
        }

        return keys;
    }

    /// <summary>Deletes records and every link to or from them.</summary>
    public void Delete(IReadOnlyList<RecordId> ids, bool batch)
    {
        var errors = new List<BatchItemError>();
        var rowKeys = RowKeysOf(ids.Select(id => (string?)id.Value));
        RecordStore.BeforeRowsChange(_s, _table.Num, rowKeys.Values);
        for (var i = 0; i < ids.Count; i++)
        {
            // Removed once found: a record named twice is gone the second time.
            if (!rowKeys.Remove(ids[i].Value, out var key))
            {
                var error = SoftrErrors.RecordNotFound(ids[i]);
                errors.Add(batch ? ItemError(i, error) : throw error);
                continue;
            }

            NoteLinkersOf(key);
            RecordStore.DeleteRow(_s, _table.Num, key);
            Changes.Deleted(_table.Id, key, ids[i]);
            DeleteLinksOf(key);
        }

        ThrowIfAny(errors, ids.Count);
    }

    // One lookup for a batch; a single record is found by the prepared statement of one ID.
    private Dictionary<string, long> RowKeysOf(IEnumerable<string?> ids)
    {
        var list = ids.OfType<string>().ToList();
        if (list.Count == 1)
        {
            var single = new Dictionary<string, long>(StringComparer.Ordinal);
            if (RecordStore.FindRowKey(_s, _table.Num, list[0]) is { } key)
            {
                single[list[0]] = key;
            }

            return single;
        }

        return RecordStore.FindRowKeys(_s, _table.Num, list);
    }

    private PreparedRecord Prepare(IReadOnlyDictionary<string, object?> fields, bool creating) =>
        RecordRules.Prepare(_table, _codec, fields, creating, LinkTargets);

    private List<long> LinkTargets(FieldModel field, FieldInput input)
    {
        var targets = new List<long>();
        if (input.IsEmpty)
        {
            return targets;
        }

        var ids = JsonSerializer.Deserialize<string[]>(field.Type.Normalize(input, _codec.Context(field)).Text!)!;
        var linkedTable = _model.Table(field.Link!.LinkedTableId).Num;
        foreach (var id in ids)
        {
            targets.Add(RecordStore.FindRowKey(_s, linkedTable, id) ?? throw SoftrErrors.LinkTargetMissing(field.Field.Name, field.Id, id));
        }

        return targets;
    }

    // The row's values are kept only when the answer is built from them or the formulas are computed on them.
    private (long RowKey, RowValues? Row) Insert(PreparedRecord prepared, long autonumber, string? givenId)
    {
        // IDs from a seeded generator repeat when a file is reopened with the same seed; skip taken ones. Random
        // IDs (62^14 of them) are not checked: the UNIQUE constraint on _id still guards them (and given IDs).
        var id = givenId ?? _context.Ids.NewLongId();
        while (givenId is null && _context.Options.IdSeed is not null && RecordStore.FindRowKey(_s, _table.Num, id) is not null)
        {
            id = _context.Ids.NewLongId();
        }

        var header = new RowHeader(id, _now, _actingUser, autonumber);
        var row = Built is not null || _formulas is not null ? RowValues.Inserted(0, header, prepared.Columns) : null;
        if (_formulas is not null && row is not null)
        {
            ComputeFormulas(row);
            for (var i = 0; i < _computed.Length; i++)
            {
                var index = _formulas.Fields[i].Field.StoredIndex;
                prepared.Columns[index] = _computed[i];
                row.Values[RowValues.SystemCount + index] = _computed[i];
            }
        }

        return (RecordStore.InsertRow(_s, _codec.Shape, header, prepared.Columns), row);
    }

    private void UpdateRow(RowValues row, PreparedRecord prepared)
    {
        // One set of lists for every row of the write (what they hold is copied where it is kept).
        var (columns, indexes, storages, values) = (_edit.Columns, _edit.Indexes, _edit.Storages, _edit.Values);
        _edit.Clear();
        foreach (var field in _table.Stored)
        {
            if (prepared.Given[field.Index])
            {
                columns.Add(field.Num);
                indexes.Add(field.StoredIndex);
                storages.Add(field.Type.Storage);
                values.Add(prepared.Columns[field.StoredIndex]);
            }
        }

        // The row in memory as it will be; then its formulas on it, those whose stored value moves written by the same UPDATE.
        row.Edited(_now, _actingUser, indexes, values);
        if (_formulas is not null)
        {
            ComputeFormulas(row);
            for (var i = 0; i < _computed.Length; i++)
            {
                var field = _formulas.Fields[i].Field;
                if (_computed[i] != row.Column(field.StoredIndex))
                {
                    columns.Add(field.Num);
                    storages.Add(field.Type.Storage);
                    values.Add(_computed[i]);
                    row.Values[RowValues.SystemCount + field.StoredIndex] = _computed[i];
                }
            }
        }

        RecordStore.UpdateValues(_s, _edit.TextFor(_table.Num), _table.Num, row.RowKey, _now, _actingUser, columns, storages, values);
    }

    // The table's formulas on a row as written, into _computed (in the formulas' order).
    private void ComputeFormulas(RowValues row)
    {
        var values = Decode(row);
        _formulas!.Compute(Record(row, values), values, _environment, _computed);
    }

    private void WriteLinks(long rowKey, PreparedRecord prepared, bool replace)
    {
        foreach (var (field, targets) in prepared.Links)
        {
            var link = field.Link!;
            var touched = new HashSet<long>(targets);
            if (replace)
            {
                touched.UnionWith(LinkedRowsQuery.Forward(_s, link, _model.Table(link.LinkedTableId), [rowKey]).Values.SelectMany(v => v));
                RecordStore.DeleteLinks(_s, link.Junction, link.SelfColumn, rowKey);
            }

            if (InverseOf(field) is { } inverse)
            {
                Changes.Updated(link.LinkedTableId, touched, [inverse.Id]);
            }

            foreach (var target in targets)
            {
                RecordStore.InsertLink(_s, link.Junction, link.SelfIsA ? rowKey : target, link.SelfIsA ? target : rowKey);
            }
        }
    }

    private void DeleteLinksOf(long rowKey)
    {
        // Every link table that can hold this table's records: its own link fields' side, and the far side
        // of any link field (here or elsewhere) pointing at this table, paired or not.
        foreach (var table in _model.Tables)
        {
            foreach (var field in table.Links)
            {
                var link = field.Link!;
                if (table.Id == _table.Id)
                {
                    RecordStore.DeleteLinks(_s, link.Junction, link.SelfColumn, rowKey);
                }

                if (link.LinkedTableId == _table.Id)
                {
                    RecordStore.DeleteLinks(_s, link.Junction, link.OtherColumn, rowKey);
                }
            }
        }
    }

    // A record from a row's values as written: only when the table has no links and no computed fields (IsBuildable), or
    // for the row formulas, which read only their own row.
    private Record Build(RowValues row) => Record(row, Decode(row));

    private FieldValues Decode(RowValues row)
    {
        var values = new FieldValues(_table.Keys);
        foreach (var field in _table.Fields)
        {
            var stored = field.System switch
            {
                SystemColumn.None => field.HasColumn ? row.Column(field.StoredIndex) : StoredValue.Empty,
                var system => row.System(system.ToRowColumn()),
            };
            if (!stored.IsEmpty && field.Type.Decode(stored, _codec.Context(field)) is { } value)
            {
                values.Set(field.Index, value);
            }
        }

        return values;
    }

    private Record Record(RowValues row, FieldValues values) => new(
        new RecordId(row.Id),
        _table.Id,
        values,
        Timestamps.FromStored(row.System(RowColumn.CreatedAt).Integer),
        Timestamps.FromStored(row.System(RowColumn.UpdatedAt).Integer));

    /// <summary>Notes the records of any table that link to a record about to be deleted: their link field changes.</summary>
    private void NoteLinkersOf(long rowKey)
    {
        foreach (var table in _model.Tables)
        {
            foreach (var field in table.Links.Where(f => f.Link!.LinkedTableId == _table.Id))
            {
                var linking = LinkedRowsQuery.Backward(_s, field.Link!, table, [rowKey]).Values.SelectMany(v => v).ToList();
                if (linking.Count > 0)
                {
                    Changes.Updated(table.Id, linking, [field.Id]);
                }
            }
        }
    }

    /// <summary>The field on the other side of a link, reading the same link table, if it is paired.</summary>
    private FieldModel? InverseOf(FieldModel field) =>
        _model.FindTable(field.Link!.LinkedTableId)?.Links.FirstOrDefault(f => f != field && f.Link!.Junction == field.Link.Junction);

    private static bool AllowsNewChoices(FieldModel field) => field.Options is SelectOptions { AllowsNewChoices: true };

    private static BatchItemError ItemError(int index, SoftrException error) =>
        new(index, error.Details.GetValueOrDefault("fieldId"), error.Code, error.Message);

    private static void ThrowIfAny(List<BatchItemError> errors, int total)
    {
        if (errors.Count > 0)
        {
            throw SoftrErrors.BatchFailed(errors.Count, total, errors);
        }
    }
}
