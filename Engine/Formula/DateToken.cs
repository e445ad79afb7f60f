namespace SoftrLite.Formula;

/// <summary>One token of a date pattern: its kind, and for literals the text (a slice of the pattern).</summary>
/// <param name="Kind">What the token stands for.</param>
/// <param name="Start">Start of the literal text (or of the token) in the pattern.</param>
/// <param name="Length">Length of the literal text; for a fraction, the number of digits.</param>
/// <param name="Ordinal">Whether the number is followed by an English ordinal suffix (<c>Do</c> → 15th).</param>
/// <param name="Expansion">For a localized token (<c>L</c>, <c>LT</c>, …), the pattern it stands for.</param>
internal readonly record struct DateToken(DateTokenKind Kind, int Start, int Length, bool Ordinal, string? Expansion);
