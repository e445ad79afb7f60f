namespace SoftrLite;

/// <summary>A view of a table: a saved filter and sort (C# only; the REST API shows views without them).</summary>
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
    DateTimeOffset UpdatedAt)
{
    /// <summary>The saved filter records are listed through; <see langword="null"/> shows every record.</summary>
    public FilterCondition? Filter { get; init; }

    /// <summary>The saved sort; empty keeps creation order.</summary>
    public IReadOnlyList<SortKey> Sort { get; init; } = [];
}
