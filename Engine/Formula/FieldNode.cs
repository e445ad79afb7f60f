namespace SoftrLite.Formula;

/// <summary>A <c>{Field Name}</c> reference, bound to the field's id.</summary>
internal sealed class FieldNode : Node
{
    private readonly string _fieldId;

    /// <summary>Creates a reference to <paramref name="fieldId"/>, whose values have type <paramref name="type"/>.</summary>
    public FieldNode(int position, string fieldId, FormulaResultType type)
        : base(position, type, 1)
    {
        _fieldId = fieldId;
    }

    /// <inheritdoc />
    public override FormulaValue Evaluate(in EvalContext context) => context.Record.Get(_fieldId);
}
