using SoftrLite.Formula;

namespace SoftrLite.Tests.Computed.Formula;

/// <summary>One-line evaluation helpers for tests.</summary>
internal static class Formulas
{
    /// <summary>Evaluates <paramref name="formula"/> against an empty record with the default environment.</summary>
    public static FormulaValue Eval(string formula) => new FormulaScenario().Evaluate(formula);

    /// <summary>Evaluates <paramref name="formula"/> with fields written as <c>Name=spec;…</c>.</summary>
    public static FormulaValue Eval(string formula, string fields) => new FormulaScenario().WithFields(fields).Evaluate(formula);

    /// <summary>The position of the syntax error that compiling <paramref name="formula"/> raises.</summary>
    public static int ErrorPosition(string formula, string fields = "")
    {
        var scenario = new FormulaScenario().WithFields(fields);
        var exception = Assert.Throws<FormulaSyntaxException>(() => scenario.Compile(formula));
        return exception!.Position;
    }
}
