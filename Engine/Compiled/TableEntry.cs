using SoftrLite.Storage.Rows;

namespace SoftrLite.Compiled;

/// <summary>A table's metadata row with its field rows, as loaded inside one read or write.</summary>
internal sealed class TableEntry(TableRow row, List<FieldRow> fields)
{
    public TableRow Row { get; } = row;

    public List<FieldRow> Fields { get; } = fields;

    public TableId Id => new(Row.Id);

    public FieldRow? FindField(FieldId id) => Fields.Find(f => f.Id == id.Value);

    public Table ToTable(DatabaseId databaseId) => new(
        Id,
        databaseId,
        Row.Name,
        Row.Description,
        new FieldId(Row.PrimaryFieldId),
        new ViewId(Row.DefaultViewId),
        Fields.Select(f => f.ToField(Id)).ToArray(),
        Storage.Timestamps.FromStored(Row.CreatedAt),
        Storage.Timestamps.FromStored(Row.UpdatedAt));
}
