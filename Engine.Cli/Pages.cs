namespace SoftrLite.Cli;

/// <summary>Reads every item of a paged list call, one largest page at a time.</summary>
public static class Pages
{
    /// <summary>Calls <paramref name="list"/> with successive pages until the whole list has been read.</summary>
    public static IReadOnlyList<T> All<T>(Func<Paging, Page<T>> list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var items = new List<T>();
        while (true)
        {
            var page = list(new Paging(items.Count, Paging.MaxLimit));
            items.AddRange(page.Items);
            if (page.Items.Count == 0 || items.Count >= page.Total)
            {
                return items;
            }
        }
    }
}
