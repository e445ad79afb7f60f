namespace SoftrLite.Formula;

/// <summary>Unary minus (or plus): the operand as a number, negated.</summary>
internal sealed class UnaryNode : Node
{
    private readonly Node _operand;
    private readonly bool _negate;

    /// <summary>Creates <c>-operand</c> (or <c>+operand</c> when <paramref name="negate"/> is false).</summary>
    public UnaryNode(int position, Node operand, bool negate)
        : base(position, FormulaResultType.Number, operand.Depth + 1)
    {
        _operand = operand;
        _negate = negate;
    }

    /// <inheritdoc />
    public override FormulaValue Evaluate(in EvalContext context)
    {
        var value = _operand.Evaluate(context);
        if (value.IsError)
        {
            return value;
        }

        if (!Coerce.TryToNumber(value, out var number))
        {
            return FormulaValue.GeneralError;
        }

        return Numbers.Result(_negate ? -number : number);
    }
}
