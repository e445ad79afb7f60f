namespace SoftrLite;

/// <summary>The access level of a token.</summary>
public enum TokenAccess
{
    /// <summary>Read and search only.</summary>
    ViewOnly,

    /// <summary>Read and write records; no schema changes.</summary>
    EditData,

    /// <summary>Everything, schema included.</summary>
    Full,
}
