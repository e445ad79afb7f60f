namespace SoftrLite;

/// <summary>A view to create: a name and an optional saved filter and sort.</summary>
/// <param name="Name">Its name; trimmed, 1 to 255 characters.</param>
public sealed record NewView(string Name)
{
    /// <summary>An optional description.</summary>
    public string? Description { get; init; }

    /// <summary>The saved filter; <see langword="null"/> shows every record.</summary>
    public FilterCondition? Filter { get; init; }

    /// <summary>The saved sort; empty keeps creation order.</summary>
    public IReadOnlyList<SortKey> Sort { get; init; } = [];
}
