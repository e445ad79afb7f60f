namespace SoftrLite.Storage.Rows;

/// <summary>A row of the catalog's <c>databases</c> table.</summary>
internal sealed class DatabaseRow
{
    public string Id { get; set; } = "";

    public string WorkspaceId { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public long CreatedAt { get; set; }

    public long UpdatedAt { get; set; }

    public Database ToDatabase(int tablesCount) => new(
        new DatabaseId(Id),
        new WorkspaceId(WorkspaceId),
        Name,
        Description,
        tablesCount,
        Timestamps.FromStored(CreatedAt),
        Timestamps.FromStored(UpdatedAt));
}
