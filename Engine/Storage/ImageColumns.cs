using SoftrLite.Fields;

namespace SoftrLite.Storage;

/// <summary>The field columns a table's images hold (after the system columns), with the storage each is declared with.</summary>
/// <param name="Nums">The fields' numbers: their columns are <c>f{num}</c>.</param>
/// <param name="Storage">How each column stores its values, in the same order.</param>
internal sealed record ImageColumns(IReadOnlyList<long> Nums, IReadOnlyList<FieldStorage> Storage);
