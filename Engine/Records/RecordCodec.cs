using Microsoft.Data.Sqlite;
using SoftrLite.Records.Model;
using SoftrLite.Storage;

namespace SoftrLite.Records;

/// <summary>
/// One table's value handling for one call: a <see cref="FieldValueContext"/> per field (made once, so
/// per-value work does not allocate) and the decoding of stored rows into <see cref="Record"/>s.
/// </summary>
internal sealed class RecordCodec
{
    private readonly FieldValueContext[] _contexts;

    public RecordCodec(TableModel table, TimeZoneInfo timeZone, IReadOnlyList<Collaborator> collaborators, Func<FieldModel, Func<string, string>?>? addChoice = null)
    {
        Table = table;
        _contexts = table.Fields.Select(f => new FieldValueContext(f.Field, f.Type, f.Options, timeZone, collaborators, addChoice?.Invoke(f))).ToArray();
        StoredColumns = table.Stored.Select(f => f.Num).ToArray();
    }

    public TableModel Table { get; }

    /// <summary>The numbers of the stored fields' columns, in the order rows are read and written.</summary>
    public IReadOnlyList<long> StoredColumns { get; }

    public FieldValueContext Context(FieldModel field) => _contexts[field.Index];

    /// <summary>Decodes the current row of <paramref name="reader"/>, all but its links.</summary>
    public DecodedRow Decode(SqliteDataReader reader)
    {
        var values = new Dictionary<FieldId, object>(Table.Fields.Count);
        for (var i = 0; i < Table.Fields.Count; i++)
        {
            var field = Table.Fields[i];
            if (field.Link is not null)
            {
                continue;
            }

            var stored = Stored(reader, field);
            if (!stored.IsEmpty && field.Type.Decode(stored, _contexts[i]) is { } value)
            {
                values[field.Id] = value;
            }
        }

        return new DecodedRow(
            reader.GetInt64(RecordStore.RowKeyOrdinal),
            new RecordId(reader.GetString(RecordStore.IdOrdinal)),
            values,
            Timestamps.FromStored(reader.GetInt64(RecordStore.CreatedAtOrdinal)),
            Timestamps.FromStored(reader.GetInt64(RecordStore.UpdatedAtOrdinal)));
    }

    /// <summary>Adds the row's links and makes the record.</summary>
    public Record Finish(DecodedRow row, LinkValues links)
    {
        foreach (var field in Table.Links)
        {
            if (links.For(field, row.RowKey) is { } value)
            {
                row.Values[field.Id] = value;
            }
        }

        return new Record(row.Id, Table.Id, row.Values, row.CreatedAt, row.UpdatedAt) { Keys = Table.Keys };
    }

    /// <summary>The stored value of a field in the current row (system fields read their system column).</summary>
    public StoredValue Stored(SqliteDataReader reader, FieldModel field) => field.System switch
    {
        SystemColumn.RecordId => RecordStore.ReadValue(reader, RecordStore.IdOrdinal, FieldStorage.Text),
        SystemColumn.CreatedAt => RecordStore.ReadValue(reader, RecordStore.CreatedAtOrdinal, FieldStorage.Integer),
        SystemColumn.UpdatedAt => RecordStore.ReadValue(reader, RecordStore.UpdatedAtOrdinal, FieldStorage.Integer),
        SystemColumn.CreatedBy => RecordStore.ReadValue(reader, RecordStore.CreatedByOrdinal, FieldStorage.Text),
        SystemColumn.UpdatedBy => RecordStore.ReadValue(reader, RecordStore.UpdatedByOrdinal, FieldStorage.Text),
        SystemColumn.Autonumber => RecordStore.ReadValue(reader, RecordStore.AutonumberOrdinal, FieldStorage.Integer),
        _ when field.HasColumn => RecordStore.ReadValue(reader, field.StoredIndex + RecordStore.FirstFieldOrdinal, field.Type.Storage),
        _ => StoredValue.Empty,
    };
}
