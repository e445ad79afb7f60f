namespace SoftrLite.Formula;

/// <summary>The 15 numeric functions of §6.3.</summary>
internal static class NumericFunctions
{
    private const double MaxRandomBound = 9007199254740992; // 2^53: larger bounds are not whole doubles

    /// <summary>The definitions of the group.</summary>
    public static IEnumerable<FunctionDefinition> Definitions()
    {
        const FormulaResultType number = FormulaResultType.Number;
        const int any = FunctionDefinition.Variadic;
        yield return FunctionDefinition.Eager("ROUND", 2, 2, number, Round);
        yield return FunctionDefinition.Eager("CEILING", 1, 2, number, (a, in c) => ToMultiple(a, MidpointRounding.ToPositiveInfinity));
        yield return FunctionDefinition.Eager("FLOOR", 1, 2, number, (a, in c) => ToMultiple(a, MidpointRounding.ToNegativeInfinity));
        yield return FunctionDefinition.Eager("MROUND", 2, 2, number, (a, in c) => ToMultiple(a, MidpointRounding.AwayFromZero));
        yield return FunctionDefinition.Eager("ABS", 1, 1, number, (a, in c) => Unary(a[0], Math.Abs));
        yield return FunctionDefinition.Eager("SUM", 1, any, number, (a, in c) => Aggregate(a, out var s) ? Numbers.Result(s.Sum) : FormulaValue.GeneralError);
        yield return FunctionDefinition.Eager("AVERAGE", 1, any, number, Average);
        yield return FunctionDefinition.Eager("MIN", 1, any, number, (a, in c) => Aggregate(a, out var s) ? (s.Count == 0 ? FormulaValue.Blank : Numbers.Result(s.Min)) : FormulaValue.GeneralError);
        yield return FunctionDefinition.Eager("MAX", 1, any, number, (a, in c) => Aggregate(a, out var s) ? (s.Count == 0 ? FormulaValue.Blank : Numbers.Result(s.Max)) : FormulaValue.GeneralError);
        yield return FunctionDefinition.Eager("COUNT", 1, any, number, Count);
        yield return FunctionDefinition.Eager("MOD", 2, 2, number, Mod);
        yield return FunctionDefinition.Eager("SQRT", 1, 1, number, (a, in c) => Unary(a[0], x => x < 0 ? double.NaN : Math.Sqrt(x)));
        yield return FunctionDefinition.Eager("RANDBETWEEN", 2, 2, number, RandBetween, Volatility.Always);
        yield return FunctionDefinition.Eager("RAND", 0, 0, number, (a, in c) => Numbers.Result(c.Environment.Random.NextDouble()), Volatility.Always);
        yield return FunctionDefinition.Eager("NUMBER", 1, 1, number, (a, in c) => FormulaValue.FromNumber(ToNumber(a[0])));
    }

    /// <summary>The conversion of <c>NUMBER</c>: 0 for anything that is not a number.</summary>
    public static double ToNumber(FormulaValue value)
    {
        value = Coerce.Scalarize(value);
        return value.Kind switch
        {
            FormulaValueKind.Number => value.Number,
            FormulaValueKind.Boolean => value.Boolean ? 1 : 0,
            FormulaValueKind.Text => Numbers.TryParseLenient(value.Text, out var parsed) ? Numbers.Round15(parsed) : 0,
            _ => 0,
        };
    }

    private static FormulaValue Unary(FormulaValue argument, Func<double, double> operation) =>
        Args.TryNumber(argument, out var x) ? Numbers.Result(operation(x)) : FormulaValue.GeneralError;

    private static FormulaValue Round(ReadOnlySpan<FormulaValue> arguments, in EvalContext context)
    {
        if (!Args.TryNumber(arguments[0], out var value) || !Args.TryInteger(arguments[1], out var digits))
        {
            return FormulaValue.GeneralError;
        }

        return Numbers.Result(Numbers.RoundDigits(value, digits));
    }

    private static FormulaValue ToMultiple(ReadOnlySpan<FormulaValue> arguments, MidpointRounding mode)
    {
        var step = 1.0;
        if (!Args.TryNumber(arguments[0], out var value)
            || (arguments.Length > 1 && !arguments[1].IsBlank && !Args.TryNumber(arguments[1], out step)))
        {
            return FormulaValue.GeneralError;
        }

        step = Math.Abs(step);
        return step == 0 ? FormulaValue.FromNumber(0) : Numbers.Result(Numbers.ToMultiple(value, step, mode));
    }

    private static FormulaValue Average(ReadOnlySpan<FormulaValue> arguments, in EvalContext context)
    {
        if (!Aggregate(arguments, out var stats))
        {
            return FormulaValue.GeneralError;
        }

        return stats.Count == 0 ? FormulaValue.Blank : Numbers.Result(stats.Sum / stats.Count);
    }

    private static bool Aggregate(ReadOnlySpan<FormulaValue> arguments, out Stats stats)
    {
        stats = new Stats(0, 0, double.PositiveInfinity, double.NegativeInfinity);
        foreach (var argument in arguments)
        {
            if (!Accumulate(argument, ref stats))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Accumulate(FormulaValue value, ref Stats stats)
    {
        switch (value.Kind)
        {
            case FormulaValueKind.Array:
                foreach (var item in value.Items)
                {
                    if (!Accumulate(item, ref stats))
                    {
                        return false;
                    }
                }

                return true;
            case FormulaValueKind.Number or FormulaValueKind.Boolean:
                var x = value.Kind == FormulaValueKind.Number ? value.Number : (value.Boolean ? 1 : 0);
                stats = new Stats(stats.Sum + x, stats.Count + 1, Math.Min(stats.Min, x), Math.Max(stats.Max, x));
                return true;
            case FormulaValueKind.Error:
                return false;
            default:
                return true;
        }
    }

    private static FormulaValue Count(ReadOnlySpan<FormulaValue> arguments, in EvalContext context)
    {
        var count = 0;
        foreach (var argument in arguments)
        {
            count += CountItems(argument);
        }

        return FormulaValue.FromNumber(count);
    }

    private static int CountItems(FormulaValue value)
    {
        if (value.Kind != FormulaValueKind.Array)
        {
            return value.IsBlank || value.IsError || (value.Kind == FormulaValueKind.Text && value.Text.Length == 0) ? 0 : 1;
        }

        var count = 0;
        foreach (var item in value.Items)
        {
            count += CountItems(item);
        }

        return count;
    }

    private static FormulaValue Mod(ReadOnlySpan<FormulaValue> arguments, in EvalContext context)
    {
        if (!Args.TryNumber(arguments[0], out var value) || !Args.TryNumber(arguments[1], out var divisor))
        {
            return FormulaValue.GeneralError;
        }

        return divisor == 0 ? FormulaValue.DivideByZero : Numbers.Result(Numbers.Remainder(value, divisor));
    }

    private static FormulaValue RandBetween(ReadOnlySpan<FormulaValue> arguments, in EvalContext context)
    {
        if (!Args.TryNumber(arguments[0], out var low) || !Args.TryNumber(arguments[1], out var high))
        {
            return FormulaValue.GeneralError;
        }

        low = Math.Ceiling(low);
        high = Math.Floor(high);
        if (low > high || Math.Abs(low) > MaxRandomBound || Math.Abs(high) > MaxRandomBound)
        {
            return FormulaValue.GeneralError;
        }

        return FormulaValue.FromNumber(context.Environment.Random.NextInt64((long)low, (long)high + 1));
    }

    private readonly record struct Stats(double Sum, int Count, double Min, double Max);
}
