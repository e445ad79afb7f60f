namespace SoftrLite;

/// <summary>Changes to a view; a <see langword="null"/> property is left as it is.</summary>
public sealed record ViewChanges
{
    /// <summary>A new name.</summary>
    public string? Name { get; init; }

    /// <summary>A new description; an empty string clears it.</summary>
    public string? Description { get; init; }

    /// <summary>A new saved filter; <c>FilterCondition.And()</c> (no conditions) removes it.</summary>
    public FilterCondition? Filter { get; init; }

    /// <summary>A new saved sort; an empty list removes it.</summary>
    public IReadOnlyList<SortKey>? Sort { get; init; }
}
