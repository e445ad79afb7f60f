namespace SoftrLite.Formula;

/// <summary>Where a <c>{Field Name}</c> reference sits in the formula text, and the field id it was bound to.</summary>
/// <param name="Start">Offset of the opening brace.</param>
/// <param name="End">Offset just after the closing brace.</param>
/// <param name="FieldId">The id the name resolved to.</param>
internal readonly record struct FieldReference(int Start, int End, string FieldId);
