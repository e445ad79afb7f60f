namespace SoftrLite.Cli.Inspect;

/// <summary>Reads <c>--sort</c> values: <c>FIELD</c>, <c>FIELD:asc</c> or <c>FIELD:desc</c> (the last colon separates).</summary>
public static class SortKeys
{
    /// <summary>The sort key of one value, or null when the direction is not <c>asc</c> or <c>desc</c>.</summary>
    public static SortKey? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.LastIndexOf(':');
        var direction = colon < 0 ? "asc" : text[(colon + 1)..].ToLowerInvariant();
        var field = colon < 0 ? text : text[..colon];
        return field.Length == 0 ? null : direction switch
        {
            "asc" => new SortKey(field, SortDirection.Ascending),
            "desc" => new SortKey(field, SortDirection.Descending),
            _ => null,
        };
    }
}
