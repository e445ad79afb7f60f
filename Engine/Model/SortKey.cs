namespace SoftrLite;

/// <summary>One key of a sort.</summary>
/// <param name="Field">The field's ID or exact name, or <c>created_at</c> / <c>updated_at</c>.</param>
/// <param name="Direction">Ascending or descending.</param>
public sealed record SortKey(string Field, SortDirection Direction = SortDirection.Ascending);
