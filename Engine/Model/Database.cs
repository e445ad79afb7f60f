namespace SoftrLite;

/// <summary>A database: a set of tables kept in one SQLite file.</summary>
/// <param name="Id">The database's ID (a UUID).</param>
/// <param name="WorkspaceId">The workspace it belongs to.</param>
/// <param name="Name">Its name.</param>
/// <param name="Description">Its description, if any.</param>
/// <param name="TablesCount">How many tables it holds.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When its name or description last changed.</param>
public sealed record Database(
    DatabaseId Id,
    WorkspaceId WorkspaceId,
    string Name,
    string? Description,
    int TablesCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
