using System.Globalization;

namespace SoftrLite.Records;

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
        System.Collections.IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Of)),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
