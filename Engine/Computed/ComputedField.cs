using SoftrLite.Compiled;

namespace SoftrLite.Computed;

/// <summary>One computed field of a plan: what it reads in its own table and, through a link, in the linked table.</summary>
internal sealed class ComputedField
{
    public required FieldModel Field { get; init; }

    public required TableModel Table { get; init; }

    public required ComputedKind Kind { get; init; }

    /// <summary>Whether the field can be computed (its references exist); an invalid field is kept empty.</summary>
    public required bool IsValid { get; init; }

    /// <summary>The fields of the same table whose change changes this one.</summary>
    public required IReadOnlyList<FieldId> LocalInputs { get; init; }

    /// <summary>The link the value goes through (LOOKUP, ROLLUP, COUNT).</summary>
    public FieldModel? Link { get; init; }

    public TableModel? LinkedTable { get; init; }

    /// <summary>The field of the linked table that is looked up or rolled up.</summary>
    public FieldModel? Target { get; init; }

    /// <summary>The fields of the linked table a ROLLUP's filter reads.</summary>
    public IReadOnlyList<FieldId> FilterInputs { get; init; } = [];

    public FilterCondition? Filter { get; init; }

    public string? Function { get; init; }

    public IFormulaProgram? Formula { get; init; }

    public FieldId Id => Field.Id;
}
