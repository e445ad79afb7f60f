namespace SoftrLite.Formula;

/// <summary>The 6 logical functions of §6.2; IF, SWITCH, AND and OR evaluate only the arguments they need.</summary>
internal static class LogicalFunctions
{
    /// <summary>The definitions of the group.</summary>
    public static IEnumerable<FunctionDefinition> Definitions()
    {
        const int any = FunctionDefinition.Variadic;
        yield return FunctionDefinition.Lazy("IF", 2, 3, a => TypeRules.Unify(a.Skip(1)), If);
        yield return FunctionDefinition.Lazy("AND", 1, any, _ => FormulaResultType.Boolean, (a, in c) => AndOr(a, c, isAnd: true));
        yield return FunctionDefinition.Lazy("OR", 1, any, _ => FormulaResultType.Boolean, (a, in c) => AndOr(a, c, isAnd: false));
        yield return FunctionDefinition.Eager("NOT", 1, 1, FormulaResultType.Boolean, (a, in c) => FormulaValue.FromBoolean(!Coerce.IsTruthy(a[0])));
        yield return FunctionDefinition.Eager("XOR", 1, any, FormulaResultType.Boolean, Xor);
        yield return FunctionDefinition.Lazy("SWITCH", 3, any, SwitchType, Switch);
    }

    private static FormulaValue If(ReadOnlySpan<Node> arguments, in EvalContext context)
    {
        var test = arguments[0].Evaluate(context);
        if (test.IsError)
        {
            return test;
        }

        if (Coerce.IsTruthy(test))
        {
            return arguments[1].Evaluate(context);
        }

        return arguments.Length > 2 ? arguments[2].Evaluate(context) : FormulaValue.Blank;
    }

    private static FormulaValue AndOr(ReadOnlySpan<Node> arguments, in EvalContext context, bool isAnd)
    {
        foreach (var argument in arguments)
        {
            var value = argument.Evaluate(context);
            if (value.IsError)
            {
                return value;
            }

            if (AllTruthy(value, isAnd) != isAnd)
            {
                return FormulaValue.FromBoolean(!isAnd);
            }
        }

        return FormulaValue.FromBoolean(isAnd);
    }

    /// <summary>For AND: whether every item is true; for OR: whether any item is true (arrays are looked into).</summary>
    private static bool AllTruthy(FormulaValue value, bool isAnd)
    {
        if (value.Kind != FormulaValueKind.Array || value.Items.Count == 0)
        {
            return Coerce.IsTruthy(value);
        }

        foreach (var item in value.Items)
        {
            if (AllTruthy(item, isAnd) != isAnd)
            {
                return !isAnd;
            }
        }

        return isAnd;
    }

    private static FormulaValue Xor(ReadOnlySpan<FormulaValue> arguments, in EvalContext context)
    {
        var trueCount = 0;
        foreach (var argument in arguments)
        {
            trueCount += CountTrue(argument);
        }

        return FormulaValue.FromBoolean(trueCount % 2 == 1);
    }

    private static int CountTrue(FormulaValue value)
    {
        if (value.Kind != FormulaValueKind.Array || value.Items.Count == 0)
        {
            return Coerce.IsTruthy(value) ? 1 : 0;
        }

        var count = 0;
        foreach (var item in value.Items)
        {
            count += CountTrue(item);
        }

        return count;
    }

    private static FormulaResultType? SwitchType(IReadOnlyList<Node> arguments)
    {
        var results = new List<Node>();
        for (var i = 2; i < arguments.Count; i += 2)
        {
            results.Add(arguments[i]);
        }

        if (arguments.Count % 2 == 0)
        {
            results.Add(arguments[^1]);
        }

        return TypeRules.Unify(results);
    }

    private static FormulaValue Switch(ReadOnlySpan<Node> arguments, in EvalContext context)
    {
        var subject = arguments[0].Evaluate(context);
        if (subject.IsError)
        {
            return subject;
        }

        var pairs = (arguments.Length - 1) / 2;
        for (var pair = 0; pair < pairs; pair++)
        {
            var candidate = arguments[1 + (pair * 2)].Evaluate(context);
            if (candidate.IsError)
            {
                return candidate;
            }

            if (Comparison.AreEqual(subject, candidate, context.Zone))
            {
                return arguments[2 + (pair * 2)].Evaluate(context);
            }
        }

        return arguments.Length % 2 == 0 ? arguments[^1].Evaluate(context) : FormulaValue.Blank;
    }
}
