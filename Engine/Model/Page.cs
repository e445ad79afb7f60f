namespace SoftrLite;

/// <summary>One page of a list, with the paging it was read with and the total count.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items of this page, in order.</param>
/// <param name="Offset">How many items come before this page.</param>
/// <param name="Limit">The page size used (after capping at <see cref="Paging.MaxLimit"/>).</param>
/// <param name="Total">How many items the whole list has.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, int Offset, int Limit, long Total);
