using System.Globalization;
using SoftrLite.Errors;

namespace SoftrLite.Rest;

/// <summary>The parsed query of a request, with the API's parameter rules.</summary>
internal sealed class QueryString
{
    private readonly Dictionary<string, string> _values;

    private QueryString(Dictionary<string, string> values) => _values = values;

    public static QueryString Parse(string query)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString((equals < 0 ? pair : pair[..equals]).Replace('+', ' '));
            var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            values[key] = value;
        }

        return new QueryString(values);
    }

    public string? this[string key] => _values.GetValueOrDefault(key);

    /// <summary>The <c>offset</c> and <c>limit</c> parameters; a negative or non-integer value is BAD_REQUEST.</summary>
    public Paging Paging() => new(Int("offset", 0), Int("limit", SoftrLite.Paging.DefaultLimit));

    /// <summary>A boolean flag such as <c>force</c> or <c>fieldNames</c>: <c>true</c> or <c>false</c>, any case.</summary>
    public bool Flag(string key)
    {
        var value = this[key];
        if (value is null)
        {
            return false;
        }

        return bool.TryParse(value, out var flag) ? flag : throw SoftrErrors.InvalidQueryFlag(key, value);
    }

    private int Int(string key, int fallback)
    {
        var value = this[key];
        if (value is null)
        {
            return fallback;
        }

        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            throw SoftrErrors.InvalidPaging(key, value);
        }

        return (int)Math.Min(number, int.MaxValue);
    }
}
