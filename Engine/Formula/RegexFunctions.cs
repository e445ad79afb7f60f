namespace SoftrLite.Formula;

/// <summary>The 3 regular-expression functions of §6.6 (.NET regex dialect, 100 ms match timeout, cached per formula).</summary>
internal static class RegexFunctions
{
    /// <summary>The definitions of the group.</summary>
    public static IEnumerable<FunctionDefinition> Definitions()
    {
        yield return FunctionDefinition.Eager("REGEX_MATCH", 2, 2, FormulaResultType.Boolean, Match);
        yield return FunctionDefinition.Eager("REGEX_EXTRACT", 2, 2, FormulaResultType.Text, Extract);
        yield return FunctionDefinition.Eager("REGEX_REPLACE", 3, 3, FormulaResultType.Text, Replace);
    }

    private static FormulaValue Match(ReadOnlySpan<FormulaValue> arguments, in EvalContext context)
    {
        if (context.Caches.GetRegex(Args.Text(arguments[1])) is not { } regex)
        {
            return FormulaValue.GeneralError;
        }

        return FormulaValue.FromBoolean(regex.IsMatch(Args.Text(arguments[0])));
    }

    private static FormulaValue Extract(ReadOnlySpan<FormulaValue> arguments, in EvalContext context)
    {
        if (context.Caches.GetRegex(Args.Text(arguments[1])) is not { } regex)
        {
            return FormulaValue.GeneralError;
        }

        var match = regex.Match(Args.Text(arguments[0]));
        return match.Success ? FormulaValue.FromText(match.Value) : FormulaValue.Blank;
    }

    private static FormulaValue Replace(ReadOnlySpan<FormulaValue> arguments, in EvalContext context)
    {
        if (context.Caches.GetRegex(Args.Text(arguments[1])) is not { } regex)
        {
            return FormulaValue.GeneralError;
        }

        return Args.TextResult(regex.Replace(Args.Text(arguments[0]), Args.Text(arguments[2])));
    }
}
