namespace SoftrLite;

/// <summary>A search: an optional filter, sort keys in order, and paging. Ties are always broken by creation order.</summary>
public sealed record RecordQuery
{
    /// <summary>Every record, in creation order, first page.</summary>
    public static RecordQuery All { get; } = new();

    /// <summary>The filter; <see langword="null"/> matches every record.</summary>
    public FilterCondition? Filter { get; init; }

    /// <summary>Sort keys, most significant first.</summary>
    public IReadOnlyList<SortKey> Sort { get; init; } = [];

    /// <summary>The page to return.</summary>
    public Paging Paging { get; init; } = Paging.Default;
}
