namespace SoftrLite;

/// <summary>
/// A chosen option of a SELECT field, as a record reads it: the choice's ID and its label. A multiple select
/// reads as a list of these, in the order written. To write, pass one (or its <see cref="Id"/> or
/// <see cref="Label"/>), or a list of them.
/// </summary>
/// <param name="Id">The choice's ID, stable across renames.</param>
/// <param name="Label">The choice's label as it is now.</param>
public sealed record SelectChoice(string Id, string Label);
