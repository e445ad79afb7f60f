namespace SoftrLite;

/// <summary>A formula's error value, read as <c>{"error": "#DIV/0!"}</c> (division by zero) or <c>{"error": "#ERROR!"}</c>.</summary>
/// <param name="Code">The error code, <c>#DIV/0!</c> or <c>#ERROR!</c>.</param>
public sealed record FormulaError(string Code);
