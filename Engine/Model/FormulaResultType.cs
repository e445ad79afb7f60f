namespace SoftrLite;

/// <summary>
/// A value's type inside formulas: what a compiled formula yields, and what a formula reading a field sees
/// (declared by <see cref="FieldType.FormulaType"/>).
/// </summary>
public enum FormulaResultType
{
    /// <summary>A number.</summary>
    Number,

    /// <summary>Text.</summary>
    Text,

    /// <summary>A boolean.</summary>
    Boolean,

    /// <summary>A calendar date.</summary>
    Date,

    /// <summary>An instant (the API's <c>DATETIME</c>).</summary>
    Instant,

    /// <summary>An array of values.</summary>
    Array,

    /// <summary>Not known until the formula runs.</summary>
    Unknown,
}
