namespace SoftrLite;

/// <summary>A workspace: the owner of databases and the scope of access tokens.</summary>
/// <param name="Id">The workspace's ID.</param>
/// <param name="Name">Its name.</param>
/// <param name="CreatedAt">When it was created.</param>
public sealed record Workspace(WorkspaceId Id, string Name, DateTimeOffset CreatedAt);
