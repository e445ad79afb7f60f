using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace SoftrLite.Cli.Csv;

/// <summary>
/// A record value as one CSV cell, in the form <see cref="CellParser"/> reads back: numbers in invariant round-trip
/// form, <c>true</c>/<c>false</c>, ISO dates (<c>2026-01-31</c>) and instants (<c>2026-01-31T09:30:00.000Z</c>), select
/// labels, linked records and people by ID, files by URL. Several values are joined with <c>", "</c>, or written as a
/// JSON array when one of them holds a comma, a quote or surrounding spaces.
/// </summary>
public static class CellFormatter
{
    /// <summary>The text of <paramref name="value"/> (a value as <see cref="Record"/> holds it); empty for null.</summary>
    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset instant => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        SelectChoice choice => choice.Label,
        LinkedRecord link => link.Id.Value,
        Collaborator person => person.Id,
        Attachment file => file.Url,
        JsonElement json => Json(json),
        IEnumerable items => List(items.Cast<object?>().Select(Format)),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    /// <summary>Several values in one cell: <c>a, b</c>, or a JSON array when plain joining could not be read back.</summary>
    public static string List(IEnumerable<string> items)
    {
        var list = items as IReadOnlyList<string> ?? items.ToList();
        var plain = list.All(item => item.Length > 0 && item.IndexOfAny([',', '"']) < 0 && item.Trim().Length == item.Length)
            && (list.Count == 0 || list[0][0] != '[');
        return plain ? string.Join(", ", list) : JsonSerializer.Serialize(list);
    }

    // A lookup's items: a select choice or linked record by its label, a person or file by its name, else the JSON.
    private static string Json(JsonElement json)
    {
        switch (json.ValueKind)
        {
            case JsonValueKind.String:
                return json.GetString()!;
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return string.Empty;
            case JsonValueKind.Array:
                return List(json.EnumerateArray().Select(Json));
            case JsonValueKind.Object:
                foreach (var key in (ReadOnlySpan<string>)["label", "name", "filename"])
                {
                    if (json.TryGetProperty(key, out var text) && text.ValueKind == JsonValueKind.String)
                    {
                        return text.GetString()!;
                    }
                }

                return json.GetRawText();
            default:
                return json.GetRawText();
        }
    }
}
