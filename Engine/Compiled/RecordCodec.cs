using SoftrLite.Storage;

namespace SoftrLite.Compiled;

/// <summary>
/// One table's value handling for one call: a <see cref="FieldValueContext"/> per field (made once, so
/// per-value work does not allocate) and the decoding of stored rows into <see cref="Record"/>s.
/// </summary>
internal sealed class RecordCodec
{
    private readonly FieldValueContext[] _contexts;
    private readonly Action<Record, FieldValues>? _complete;

    public RecordCodec(TableModel table, TimeZoneInfo timeZone, IReadOnlyList<Collaborator> collaborators, Func<FieldModel, Func<string, string>?>? addChoice = null)
    {
        Table = table;
        _contexts = table.Fields.Select(f => new FieldValueContext(f.Field, f.Type, f.Options, timeZone, collaborators, addChoice?.Invoke(f))).ToArray();
        StoredColumns = table.Stored.Select(f => f.Num).ToArray();
        Shape = new RowShape(table.Num, StoredColumns, table.Stored.Select(f => f.Type.Storage).ToArray());
    }

    private RecordCodec(RecordCodec codec, Action<Record, FieldValues> complete)
    {
        Table = codec.Table;
        _contexts = codec._contexts;
        StoredColumns = codec.StoredColumns;
        Shape = codec.Shape;
        _complete = complete;
    }

    public TableModel Table { get; }

    /// <summary>The numbers of the stored fields' columns, in the order rows are read and written.</summary>
    public IReadOnlyList<long> StoredColumns { get; }

    /// <summary>The row shape of the table's reads and writes (its statements are built once per codec).</summary>
    public RowShape Shape { get; }

    public FieldValueContext Context(FieldModel field) => _contexts[field.Index];

    /// <summary>
    /// The same codec, finishing every record with <paramref name="complete"/>, which may set values of the record's
    /// fields (a read evaluates its volatile formulas there, at the read's clock).
    /// </summary>
    public RecordCodec Completing(Action<Record, FieldValues> complete) => new(this, complete);

    /// <summary>Decodes a stored row, all but its links.</summary>
    public DecodedRow Decode(StoredRow row)
    {
        var values = new FieldValues(Table.Keys);
        for (var i = 0; i < Table.Fields.Count; i++)
        {
            var field = Table.Fields[i];
            if (field.Link is not null)
            {
                continue;
            }

            var stored = Stored(row, field);
            if (!stored.IsEmpty && field.Type.Decode(stored, _contexts[i]) is { } value)
            {
                values.Set(i, value);
            }
        }

        var record = new Record(new RecordId(row.Id), Table.Id, values, Timestamps.FromStored(row.CreatedAt), Timestamps.FromStored(row.UpdatedAt));
        return new DecodedRow(row.RowKey, record, values);
    }

    /// <summary>Adds the row's links and makes the record.</summary>
    public Record Finish(DecodedRow row, LinkValues links)
    {
        foreach (var field in Table.Links)
        {
            if (links.For(field, row.RowKey) is { } value)
            {
                row.Values.Set(field.Index, value);
            }
        }

        _complete?.Invoke(row.Record, row.Values);
        return row.Record;
    }

    /// <summary>The stored value of a field in a row (system fields read their system column).</summary>
    public static StoredValue Stored(StoredRow row, FieldModel field) => field.System switch
    {
        SystemColumn.None => field.HasColumn ? row.Column(field.StoredIndex, field.Type.Storage) : StoredValue.Empty,
        var system => row.System(system.ToRowColumn()),
    };
}
