namespace SoftrLite;

/// <summary>Offset pagination, as every list call takes it.</summary>
/// <param name="Offset">How many items to skip; at least 0.</param>
/// <param name="Limit">How many items to return; at least 0, capped at <see cref="MaxLimit"/>.</param>
public readonly record struct Paging(int Offset = 0, int Limit = Paging.DefaultLimit)
{
    /// <summary>The page size when none is given: 20.</summary>
    public const int DefaultLimit = 20;

    /// <summary>The largest page: 200. A larger limit is capped, not refused.</summary>
    public const int MaxLimit = 200;

    /// <summary>The first page of the default size.</summary>
    public static Paging Default => new(0, DefaultLimit);

    /// <summary>The limit actually used: <see cref="Limit"/> capped at <see cref="MaxLimit"/>.</summary>
    public int EffectiveLimit => Math.Min(Limit, MaxLimit);
}
