namespace SoftrLite.Cli.Import;

/// <summary>Whether an import may create what it writes into.</summary>
public enum ImportMode
{
    /// <summary>The database, the table and a field for every column must exist.</summary>
    ExistingOnly,

    /// <summary>A missing database or table is created, and a missing field added with an inferred type (<c>--create</c>).</summary>
    Create,
}
