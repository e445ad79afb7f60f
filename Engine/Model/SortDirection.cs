namespace SoftrLite;

/// <summary>The direction of a sort key.</summary>
public enum SortDirection
{
    /// <summary>Smallest first; empty values come first.</summary>
    Ascending,

    /// <summary>Largest first; empty values come last.</summary>
    Descending,
}
