namespace SoftrLite;

/// <summary>A view of a table.</summary>
/// <param name="Id">The view's ID.</param>
/// <param name="TableId">The table it shows.</param>
/// <param name="Name">Its name.</param>
/// <param name="Description">Its description, if any.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record View(
    ViewId Id,
    TableId TableId,
    string Name,
    string? Description,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
