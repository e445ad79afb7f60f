namespace SoftrLite.Storage.Rows;

/// <summary>A row of a database file's <c>_views</c> table.</summary>
internal sealed class ViewRow
{
    public long Num { get; set; }

    public long TableNum { get; set; }

    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public long CreatedAt { get; set; }

    public long UpdatedAt { get; set; }

    public View ToView(TableId tableId) =>
        new(new ViewId(Id), tableId, Name, Description, Timestamps.FromStored(CreatedAt), Timestamps.FromStored(UpdatedAt));
}
