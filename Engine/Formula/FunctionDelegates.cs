namespace SoftrLite.Formula;

/// <summary>A function body that receives its arguments already evaluated (none of them an error).</summary>
internal delegate FormulaValue EagerFunction(ReadOnlySpan<FormulaValue> arguments, in EvalContext context);

/// <summary>A function body that evaluates its own arguments (IF, SWITCH, AND, OR, ISERROR, IFERROR).</summary>
internal delegate FormulaValue LazyFunction(ReadOnlySpan<Node> arguments, in EvalContext context);

/// <summary>Computes a call's static result type from its argument nodes; null means "blank or error only".</summary>
internal delegate FormulaResultType? ResultTypeRule(IReadOnlyList<Node> arguments);
