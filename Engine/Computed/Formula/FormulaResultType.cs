namespace SoftrLite.Computed.Formula;

/// <summary>The static result type of a compiled formula (or of a field as seen inside a formula).</summary>
internal enum FormulaResultType
{
    Number,
    Text,
    Boolean,
    Date,
    Instant,
    Array,
    Unknown,
}
