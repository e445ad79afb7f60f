namespace SoftrLite.Formula;

/// <summary>The 7 other functions of §6.7: record id, errors, blank, TRUE and FALSE.</summary>
internal static class OtherFunctions
{
    /// <summary>The definitions of the group.</summary>
    public static IEnumerable<FunctionDefinition> Definitions()
    {
        yield return FunctionDefinition.Eager("RECORD_ID", 0, 0, FormulaResultType.Text, (a, in c) => FormulaValue.FromText(c.Record.RecordId ?? ""));
        yield return FunctionDefinition.Lazy("ISERROR", 1, 1, _ => FormulaResultType.Boolean, (a, in c) => FormulaValue.FromBoolean(a[0].Evaluate(c).IsError));
        yield return FunctionDefinition.Eager("BLANK", 0, 0, (FormulaResultType?)null, (a, in c) => FormulaValue.Blank);
        yield return FunctionDefinition.Eager("ERROR", 0, 0, (FormulaResultType?)null, (a, in c) => FormulaValue.GeneralError);
        yield return FunctionDefinition.Lazy("IFERROR", 2, 2, a => TypeRules.Unify(a), IfError);
        yield return FunctionDefinition.Eager("TRUE", 0, 0, FormulaResultType.Boolean, (a, in c) => FormulaValue.True);
        yield return FunctionDefinition.Eager("FALSE", 0, 0, FormulaResultType.Boolean, (a, in c) => FormulaValue.False);
    }

    private static FormulaValue IfError(ReadOnlySpan<Node> arguments, in EvalContext context)
    {
        var value = arguments[0].Evaluate(context);
        return value.IsError ? arguments[1].Evaluate(context) : value;
    }
}
