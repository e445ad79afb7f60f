namespace SoftrLite.Formula;

/// <summary>The kind of a value produced or consumed by a formula.</summary>
internal enum FormulaValueKind
{
    Blank,
    Number,
    Text,
    Boolean,
    Date,
    Instant,
    Array,
    Error,
}
