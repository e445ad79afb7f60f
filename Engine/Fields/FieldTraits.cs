namespace SoftrLite.Fields;

/// <summary>What <see cref="FieldType"/> compiles for one field, once per schema revision: its parsed options, filter family and formula type.</summary>
internal sealed record FieldTraits(object? Options, ValueFamily Family, FormulaResultType FormulaType);
