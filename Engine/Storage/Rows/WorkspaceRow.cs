namespace SoftrLite.Storage.Rows;

/// <summary>A row of the catalog's <c>workspaces</c> table.</summary>
internal sealed class WorkspaceRow
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public long CreatedAt { get; set; }

    public Workspace ToWorkspace() => new(new WorkspaceId(Id), Name, Timestamps.FromStored(CreatedAt));
}
