namespace SoftrLite.Formula;

/// <summary>A number, text or boolean literal.</summary>
internal sealed class LiteralNode : Node
{
    /// <summary>Creates a literal of <paramref name="value"/>.</summary>
    public LiteralNode(int position, FormulaValue value)
        : base(position, TypeOf(value), 1)
    {
        Value = value;
    }

    /// <summary>The literal's value.</summary>
    public FormulaValue Value { get; }

    /// <inheritdoc />
    public override FormulaValue Evaluate(in EvalContext context) => Value;

    private static FormulaResultType TypeOf(FormulaValue value) => value.Kind switch
    {
        FormulaValueKind.Number => FormulaResultType.Number,
        FormulaValueKind.Boolean => FormulaResultType.Boolean,
        _ => FormulaResultType.Text,
    };
}
