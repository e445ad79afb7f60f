using System.Globalization;

namespace SoftrLite.Fields;

/// <summary>Renders a record value as plain text, e.g. for a linked record's label.</summary>
internal static class ValueText
{
    public static string Of(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset o => o.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        Collaborator c => c.Name,
        Attachment a => a.Filename,
        LinkedRecord r => r.Label,
        SelectChoice choice => choice.Label,
        System.Text.Json.JsonElement json => OfJson(json),
        System.Collections.IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Of)),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    /// <summary>
    /// A stored array item of a LOOKUP, as text: an object by its label (a select choice or a linked record), a
    /// person's name or a file's name, as the typed values read.
    /// </summary>
    private static string OfJson(System.Text.Json.JsonElement json)
    {
        if (json.ValueKind != System.Text.Json.JsonValueKind.Object)
        {
            return json.ValueKind switch
            {
                System.Text.Json.JsonValueKind.String => json.GetString()!,
                System.Text.Json.JsonValueKind.Null or System.Text.Json.JsonValueKind.Undefined => string.Empty,
                _ => json.GetRawText(),
            };
        }

        foreach (var key in (ReadOnlySpan<string>)["label", "name", "filename"])
        {
            if (json.TryGetProperty(key, out var text) && text.ValueKind == System.Text.Json.JsonValueKind.String)
            {
                return text.GetString()!;
            }
        }

        return json.GetRawText();
    }
}
