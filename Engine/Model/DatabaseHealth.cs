namespace SoftrLite;

/// <summary>What <see cref="DatabaseOperations.Check"/> found in one database.</summary>
/// <param name="DatabaseId">The database checked.</param>
/// <param name="Problems">Each problem, naming the table, field and record where there is one; empty when healthy.</param>
public sealed record DatabaseHealth(DatabaseId DatabaseId, IReadOnlyList<string> Problems)
{
    /// <summary>Whether nothing was found.</summary>
    public bool IsHealthy => Problems.Count == 0;
}
