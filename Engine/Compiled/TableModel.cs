namespace SoftrLite.Compiled;

/// <summary>An immutable view of one table's schema for the record paths, with lookups by field ID and name.</summary>
internal sealed class TableModel
{
    private readonly Dictionary<string, FieldModel> _byId;

    public TableModel(Table table, long num, IReadOnlyList<FieldModel> fields)
    {
        Table = table;
        Num = num;
        Fields = fields;
        _byId = fields.ToDictionary(f => f.Id.Value, StringComparer.Ordinal);
        Keys = new FieldKeys(fields.Select(f => f.Field).ToArray());
        Stored = fields.Where(f => f.HasColumn).ToArray();
        Links = fields.Where(f => f.Link is not null).ToArray();
        Primary = _byId.GetValueOrDefault(table.PrimaryFieldId.Value);
    }

    public Table Table { get; }

    public TableId Id => Table.Id;

    /// <summary>The internal number: the data table is <c>t{Num}</c>.</summary>
    public long Num { get; }

    public IReadOnlyList<FieldModel> Fields { get; }

    /// <summary>The fields with a column of their own, in table order.</summary>
    public IReadOnlyList<FieldModel> Stored { get; }

    public IReadOnlyList<FieldModel> Links { get; }

    public FieldModel? Primary { get; }

    /// <summary>Resolves field keys; shared with the records read through this model.</summary>
    public FieldKeys Keys { get; }

    public FieldModel? FindById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Resolves a key of <c>fields</c>: a field ID first, then an exact field name.</summary>
    /// <exception cref="SoftrException">UNKNOWN_FIELD for neither; BAD_REQUEST for a name several fields share.</exception>
    public FieldModel Resolve(string key) => _byId.TryGetValue(key, out var byId) ? byId : Fields[Keys.Resolve(key)];
}
