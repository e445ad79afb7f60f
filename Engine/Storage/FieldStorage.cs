namespace SoftrLite;

/// <summary>How a field's values are kept in its table's SQLite row.</summary>
public enum FieldStorage
{
    /// <summary>No column of its own: the value comes from a system column or a link table.</summary>
    None,

    /// <summary>A TEXT column (strings, ISO dates, JSON arrays).</summary>
    Text,

    /// <summary>An INTEGER column (booleans, whole numbers).</summary>
    Integer,

    /// <summary>A REAL column (numbers).</summary>
    Real,

    /// <summary>An ANY column that keeps each value's own type: computed results (numbers as REAL, text as TEXT, …).</summary>
    Any,
}
