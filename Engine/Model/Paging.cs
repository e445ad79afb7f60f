namespace SoftrLite;

/// <summary>
/// Offset pagination, as every list call takes it. <c>new Paging()</c> and <c>default(Paging)</c> both mean the first
/// page of the default size, never an empty page; <c>new Paging(offset, 0)</c> asks for the total only.
/// </summary>
public readonly record struct Paging
{
    /// <summary>The page size when none is given: 20.</summary>
    public const int DefaultLimit = 20;

    /// <summary>The largest page: 200. A larger limit is capped, not refused.</summary>
    public const int MaxLimit = 200;

    // Whether a limit was given: a default struct has none, so it reads as the default page size, not as 0.
    private readonly bool _hasLimit;
    private readonly int _limit;

    /// <summary>The first page of the default size.</summary>
    public Paging()
        : this(0, DefaultLimit)
    {
    }

    /// <summary>Creates a paging.</summary>
    /// <param name="offset">How many items to skip; at least 0.</param>
    /// <param name="limit">How many items to return; at least 0 (0 returns only the total), capped at <see cref="MaxLimit"/>.</param>
    public Paging(int offset, int limit = DefaultLimit)
    {
        Offset = offset;
        _limit = limit;
        _hasLimit = true;
    }

    /// <summary>The first page of the default size.</summary>
    public static Paging Default => new(0, DefaultLimit);

    /// <summary>How many items to skip; at least 0.</summary>
    public int Offset { get; init; }

    /// <summary>How many items to return; at least 0, capped at <see cref="MaxLimit"/> by <see cref="EffectiveLimit"/>.</summary>
    public int Limit
    {
        get => _hasLimit ? _limit : DefaultLimit;
        init
        {
            _limit = value;
            _hasLimit = true;
        }
    }

    /// <summary>The limit actually used: <see cref="Limit"/> capped at <see cref="MaxLimit"/>.</summary>
    public int EffectiveLimit => Math.Min(Limit, MaxLimit);

    /// <summary>
    /// Reads every item of a paged list call (databases, tables, views, records) by calling <paramref name="list"/> with
    /// successive pages of <see cref="MaxLimit"/> until the whole list has been read. For records,
    /// <see cref="RecordOperations.Enumerate"/> reads lazily instead.
    /// </summary>
    public static List<T> ReadAll<T>(Func<Paging, Page<T>> list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var items = new List<T>();
        while (true)
        {
            var page = list(new Paging(items.Count, MaxLimit));
            items.AddRange(page.Items);
            if (page.Items.Count == 0 || items.Count >= page.Total)
            {
                return items;
            }
        }
    }

    /// <summary>Whether both page the same way.</summary>
    public bool Equals(Paging other) => Offset == other.Offset && Limit == other.Limit;

    /// <summary>A hash of the offset and limit.</summary>
    public override int GetHashCode() => HashCode.Combine(Offset, Limit);

    /// <summary>Deconstructs into offset and limit.</summary>
    public void Deconstruct(out int offset, out int limit)
    {
        offset = Offset;
        limit = Limit;
    }
}
