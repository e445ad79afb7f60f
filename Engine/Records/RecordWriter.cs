using System.Text.Json;
using Microsoft.Data.Sqlite;
using SoftrLite.Errors;
using SoftrLite.Fields;
using SoftrLite.Fields.Types;
using SoftrLite.Query;
using SoftrLite.Records.Model;
using SoftrLite.Storage;

namespace SoftrLite.Records;

/// <summary>
/// Validates and writes records of one table inside one transaction: values through their field types,
/// links through their link tables, defaults, required fields, system columns. A batch reports every
/// failing item; the caller's transaction makes it all or nothing.
/// </summary>
internal sealed class RecordWriter : IDisposable
{
    private readonly EngineContext _context;
    private readonly SqliteConnection _c;
    private readonly SqliteTransaction _t;
    private readonly DatabaseModel _model;
    private readonly TableModel _table;
    private readonly RecordCodec _codec;
    private readonly string? _actingUser;
    private readonly long _now;
    private readonly Dictionary<TableId, SqliteCommand> _rowKeyCommands = [];
    private readonly Dictionary<long, SqliteCommand> _linkInserts = [];
    private readonly Dictionary<string, SqliteCommand> _updates = new(StringComparer.Ordinal);
    private readonly List<FieldId> _allFields;

    public RecordWriter(EngineContext context, SqliteConnection c, SqliteTransaction t, DatabaseModel model, TableModel table, IReadOnlyList<Collaborator> collaborators, Collaborator? actingUser)
    {
        _context = context;
        _c = c;
        _t = t;
        _model = model;
        _table = table;
        _allFields = table.Fields.Select(f => f.Id).ToList();
        var now = context.Now();
        _now = Timestamps.ToStored(now);
        _actingUser = actingUser is null ? null : JsonSerializer.Serialize(new { id = actingUser.Id, name = actingUser.Name, email = actingUser.Email });
        _codec = new RecordCodec(table, context.Options.TimeZone, collaborators, f => AllowsNewChoices(f)
            ? new ChoiceAdder(c, t, f, context.Ids, context.Options.Quotas, now).Add
            : null);
    }

    public RecordCodec Codec => _codec;

    /// <summary>
    /// The created records, built from the values just written, when nothing else can change them inside the write
    /// (no links, no computed fields): then they need not be read back. <see langword="null"/> otherwise.
    /// </summary>
    public List<Record>? Built { get; private set; }

    /// <summary>What the writes changed, for the recomputation of computed fields: records and the fields they changed.</summary>
    public List<(TableModel Table, List<long> Rows, List<FieldId> Fields)> Changes { get; } = [];

    /// <summary>Creates records; returns their row keys in order. <paramref name="ids"/>, when given, are the records' IDs (fixtures).</summary>
    public IReadOnlyList<long> Create(IReadOnlyList<IReadOnlyDictionary<string, object?>> items, bool batch, IReadOnlyList<RecordId>? ids = null)
    {
        var keys = new List<long>(items.Count);
        if (items.Count == 0)
        {
            return keys;
        }

        var errors = new List<BatchItemError>();
        var autonumber = RecordStore.ReserveAutonumbers(_c, _t, _table.Num, items.Count);
        Built = _table.Links.Count == 0 && !_table.Fields.Any(f => f.Type.IsReadOnly && f.System == SystemColumn.None) ? new List<Record>(items.Count) : null;
        using var insert = RecordStore.InsertCommand(_c, _t, _table.Num, _codec.StoredColumns);
        var ownKeys = RowKeys(_table.Id);
        for (var i = 0; i < items.Count; i++)
        {
            try
            {
                ArgumentNullException.ThrowIfNull(items[i], nameof(items));
                var prepared = Prepare(items[i], creating: true);
                var (rowKey, id) = Insert(insert, ownKeys, prepared, autonumber + i, ids?[i].Value);
                Built?.Add(Build(id, prepared, autonumber + i));
                WriteLinks(rowKey, prepared, replace: false);
                Changes.Add((_table, [rowKey], _allFields));
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

    /// <summary>Changes the given fields of records; returns their row keys in order.</summary>
    public IReadOnlyList<long> Update(IReadOnlyList<RecordUpdate> items, bool batch)
    {
        var keys = new List<long>(items.Count);
        var errors = new List<BatchItemError>();
        var ownKeys = RowKeys(_table.Id);
        for (var i = 0; i < items.Count; i++)
        {
            try
            {
                ArgumentNullException.ThrowIfNull(items[i], nameof(items));
                var rowKey = RecordStore.FindRowKey(ownKeys, items[i].Id.Value) ?? throw SoftrErrors.RecordNotFound(items[i].Id);
                var prepared = Prepare(items[i].Fields, creating: false);
                UpdateRow(rowKey, prepared);
                WriteLinks(rowKey, prepared, replace: true);
                Changes.Add((_table, [rowKey], _table.Fields.Where(f => prepared.Given[f.Index]).Select(f => f.Id).ToList()));
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

    /// <summary>Deletes records and every link to or from them.</summary>
    public void Delete(IReadOnlyList<RecordId> ids, bool batch)
    {
        var errors = new List<BatchItemError>();
        var ownKeys = RowKeys(_table.Id);
        for (var i = 0; i < ids.Count; i++)
        {
            var rowKey = RecordStore.FindRowKey(ownKeys, ids[i].Value);
            if (rowKey is not { } key)
            {
                var error = SoftrErrors.RecordNotFound(ids[i]);
                errors.Add(batch ? ItemError(i, error) : throw error);
                continue;
            }

            NoteLinkersOf(key);
            RecordStore.DeleteRow(_c, _t, _table.Num, key);
            DeleteLinksOf(key);
        }

        ThrowIfAny(errors, ids.Count);
    }

    public void Dispose()
    {
        foreach (var command in _rowKeyCommands.Values.Concat(_linkInserts.Values).Concat(_updates.Values))
        {
            command.Dispose();
        }
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
        var lookup = RowKeys(field.Link!.LinkedTableId);
        foreach (var id in ids)
        {
            targets.Add(RecordStore.FindRowKey(lookup, id) ?? throw SoftrErrors.LinkTargetMissing(field.Field, id));
        }

        return targets;
    }

    private (long RowKey, string Id) Insert(SqliteCommand insert, SqliteCommand ownKeys, PreparedRecord prepared, long autonumber, string? givenId)
    {
        // IDs from a seeded generator repeat when a file is reopened with the same seed; skip taken ones. Random
        // IDs (62^14 of them) are not checked: the UNIQUE constraint on _id still guards them (and given IDs).
        var id = givenId ?? _context.Ids.NewLongId();
        while (givenId is null && _context.Options.IdSeed is not null && RecordStore.FindRowKey(ownKeys, id) is not null)
        {
            id = _context.Ids.NewLongId();
        }

        var parameters = insert.Parameters;
        parameters[0].Value = id;
        parameters[1].Value = _now;
        parameters[2].Value = _now;
        parameters[3].Value = (object?)_actingUser ?? DBNull.Value;
        parameters[4].Value = (object?)_actingUser ?? DBNull.Value;
        parameters[5].Value = autonumber;
        for (var i = 0; i < prepared.Columns.Length; i++)
        {
            parameters[6 + i].Value = prepared.Columns[i].ToParameter();
        }

        return (RecordStore.InsertRow(insert), id);
    }

    private void UpdateRow(long rowKey, PreparedRecord prepared)
    {
        var columns = new List<long>();
        var values = new List<object>();
        foreach (var field in _table.Stored)
        {
            if (prepared.Given[field.Index])
            {
                columns.Add(field.Num);
                values.Add(prepared.Columns[field.StoredIndex].ToParameter());
            }
        }

        var signature = string.Join(',', columns);
        if (!_updates.TryGetValue(signature, out var update))
        {
            _updates[signature] = update = RecordStore.UpdateCommand(_c, _t, _table.Num, columns);
        }

        update.Parameters[0].Value = _now;
        update.Parameters[1].Value = (object?)_actingUser ?? DBNull.Value;
        update.Parameters[2].Value = rowKey;
        for (var i = 0; i < values.Count; i++)
        {
            update.Parameters[3 + i].Value = values[i];
        }

        update.ExecuteNonQuery();
    }

    private void WriteLinks(long rowKey, PreparedRecord prepared, bool replace)
    {
        foreach (var (field, targets) in prepared.Links)
        {
            var link = field.Link!;
            var touched = new HashSet<long>(targets);
            if (replace)
            {
                touched.UnionWith(LinkedRowsQuery.Forward(_c, _t, link, _model.Table(link.LinkedTableId), [rowKey]).Values.SelectMany(v => v));
                RecordStore.DeleteLinks(_c, _t, link.Junction, link.SelfColumn, rowKey);
            }

            if (InverseOf(field) is { } inverse)
            {
                Changes.Add((_model.Table(link.LinkedTableId), touched.ToList(), [inverse.Id]));
            }

            if (!_linkInserts.TryGetValue(link.Junction, out var insert))
            {
                _linkInserts[link.Junction] = insert = RecordStore.InsertLinkCommand(_c, _t, link.Junction);
            }

            foreach (var target in targets)
            {
                insert.Parameters[0].Value = link.SelfIsA ? rowKey : target;
                insert.Parameters[1].Value = link.SelfIsA ? target : rowKey;
                insert.ExecuteNonQuery();
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
                    RecordStore.DeleteLinks(_c, _t, link.Junction, link.SelfColumn, rowKey);
                }

                if (link.LinkedTableId == _table.Id)
                {
                    RecordStore.DeleteLinks(_c, _t, link.Junction, link.OtherColumn, rowKey);
                }
            }
        }
    }

    private Record Build(string id, PreparedRecord prepared, long autonumber)
    {
        var values = new Dictionary<FieldId, object>(_table.Fields.Count);
        foreach (var field in _table.Fields)
        {
            var stored = field.System switch
            {
                SystemColumn.RecordId => StoredValue.FromText(id),
                SystemColumn.CreatedAt or SystemColumn.UpdatedAt => StoredValue.FromInteger(_now),
                SystemColumn.CreatedBy or SystemColumn.UpdatedBy => _actingUser is null ? StoredValue.Empty : StoredValue.FromText(_actingUser),
                SystemColumn.Autonumber => StoredValue.FromInteger(autonumber),
                _ when field.HasColumn => prepared.Columns[field.StoredIndex],
                _ => StoredValue.Empty,
            };
            if (!stored.IsEmpty && field.Type.Decode(stored, _codec.Context(field)) is { } value)
            {
                values[field.Id] = value;
            }
        }

        var at = Timestamps.FromStored(_now);
        return new Record(new RecordId(id), _table.Id, values, at, at) { Keys = _table.Keys };
    }

    /// <summary>Notes the records of any table that link to a record about to be deleted: their link field changes.</summary>
    private void NoteLinkersOf(long rowKey)
    {
        foreach (var table in _model.Tables)
        {
            foreach (var field in table.Links.Where(f => f.Link!.LinkedTableId == _table.Id))
            {
                var linking = LinkedRowsQuery.Backward(_c, _t, field.Link!, table, [rowKey]).Values.SelectMany(v => v).ToList();
                if (linking.Count > 0)
                {
                    Changes.Add((table, linking, [field.Id]));
                }
            }
        }
    }

    /// <summary>The field on the other side of a link, reading the same link table, if it is paired.</summary>
    private FieldModel? InverseOf(FieldModel field) =>
        _model.FindTable(field.Link!.LinkedTableId)?.Links.FirstOrDefault(f => f != field && f.Link!.Junction == field.Link.Junction);

    private SqliteCommand RowKeys(TableId tableId)
    {
        if (!_rowKeyCommands.TryGetValue(tableId, out var command))
        {
            _rowKeyCommands[tableId] = command = RecordStore.RowKeyCommand(_c, _t, _model.Table(tableId).Num);
        }

        return command;
    }

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
