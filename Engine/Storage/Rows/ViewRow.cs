namespace SoftrLite.Storage.Rows;

/// <summary>A row of a database file's <c>_views</c> table.</summary>
internal sealed class ViewRow
{
    public long Num { get; set; }

    public long TableNum { get; set; }

    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    /// <summary>The saved filter as the API's condition JSON, or <see langword="null"/>.</summary>
    public string? Filter { get; set; }

    /// <summary>The saved sort as a JSON array of <c>{sortingField, sortType}</c>, or <see langword="null"/>.</summary>
    public string? Sorting { get; set; }

    public long CreatedAt { get; set; }

    public long UpdatedAt { get; set; }

    /// <summary>The view without its saved filter and sort, which the schema layer parses.</summary>
    public View ToView(TableId tableId) => new(
        new ViewId(Id),
        tableId,
        Name,
        Description,
        Timestamps.FromStored(CreatedAt),
        Timestamps.FromStored(UpdatedAt));
}
