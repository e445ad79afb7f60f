namespace SoftrLite.Formula;

/// <summary>One token of formula text: kind, where it starts and ends, and its value (number, unescaped text or name).</summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Start">0-based offset of its first character.</param>
/// <param name="End">0-based offset just after its last character.</param>
/// <param name="Text">For text literals, the unescaped text; for fields, the name; for identifiers, the name.</param>
/// <param name="Number">For number literals, the value.</param>
internal readonly record struct Token(TokenKind Kind, int Start, int End, string Text, double Number);
