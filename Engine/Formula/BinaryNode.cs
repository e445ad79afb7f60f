namespace SoftrLite.Formula;

/// <summary>A binary operator applied to two operands; an error in either operand is the result.</summary>
internal sealed class BinaryNode : Node
{
    private readonly BinaryOperator _operator;
    private readonly Node _left;
    private readonly Node _right;

    /// <summary>Creates <c>left op right</c>.</summary>
    public BinaryNode(int position, BinaryOperator op, Node left, Node right)
        : base(position, TypeOf(op), Math.Max(left.Depth, right.Depth) + 1)
    {
        _operator = op;
        _left = left;
        _right = right;
    }

    /// <inheritdoc />
    public override FormulaValue Evaluate(in EvalContext context)
    {
        var left = _left.Evaluate(context);
        if (left.IsError)
        {
            return left;
        }

        var right = _right.Evaluate(context);
        if (right.IsError)
        {
            return right;
        }

        return _operator switch
        {
            BinaryOperator.Concatenate => FormulaValue.FromText(string.Concat(Coerce.ToText(left), Coerce.ToText(right))),
            BinaryOperator.Equal => FormulaValue.FromBoolean(Comparison.AreEqual(left, right, context.Zone)),
            BinaryOperator.NotEqual => FormulaValue.FromBoolean(!Comparison.AreEqual(left, right, context.Zone)),
            BinaryOperator.Less => FormulaValue.FromBoolean(Comparison.Compare(left, right, context.Zone) < 0),
            BinaryOperator.LessOrEqual => FormulaValue.FromBoolean(Comparison.Compare(left, right, context.Zone) <= 0),
            BinaryOperator.Greater => FormulaValue.FromBoolean(Comparison.Compare(left, right, context.Zone) > 0),
            BinaryOperator.GreaterOrEqual => FormulaValue.FromBoolean(Comparison.Compare(left, right, context.Zone) >= 0),
            _ => Arithmetic(left, right),
        };
    }

    private static FormulaResultType TypeOf(BinaryOperator op) => op switch
    {
        BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide or BinaryOperator.Power
            => FormulaResultType.Number,
        BinaryOperator.Concatenate => FormulaResultType.Text,
        _ => FormulaResultType.Boolean,
    };

    private FormulaValue Arithmetic(FormulaValue left, FormulaValue right)
    {
        if (!Coerce.TryToNumber(left, out var a) || !Coerce.TryToNumber(right, out var b))
        {
            return FormulaValue.GeneralError;
        }

        switch (_operator)
        {
            case BinaryOperator.Add:
                return Numbers.Result(a + b);
            case BinaryOperator.Subtract:
                return Numbers.Result(a - b);
            case BinaryOperator.Multiply:
                return Numbers.Result(a * b);
            case BinaryOperator.Divide:
                return b == 0 ? FormulaValue.DivideByZero : Numbers.Result(a / b);
            default:
                return a == 0 && b < 0 ? FormulaValue.DivideByZero : Numbers.Result(Math.Pow(a, b));
        }
    }
}
