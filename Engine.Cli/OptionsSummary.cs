using System.Globalization;
using System.Text.Json;

namespace SoftrLite.Cli;

/// <summary>Turns a field's options object into one short line, e.g. <c>precision=0; choices=[Software, Retail]</c>.</summary>
public static class OptionsSummary
{
    private const int MaxItems = 5;

    /// <summary>Summarizes <paramref name="options"/>; null entries are left out, a linked table ID gets its table's name.</summary>
    /// <param name="options">A field's options.</param>
    /// <param name="tableNames">Names of the database's tables by ID, used for <c>linkedTableId</c>.</param>
    /// <returns>The summary, or <c>-</c> when there is nothing to show.</returns>
    public static string Of(JsonElement options, IReadOnlyDictionary<string, string> tableNames)
    {
        ArgumentNullException.ThrowIfNull(tableNames);
        if (options.ValueKind != JsonValueKind.Object)
        {
            return options.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? "-" : options.GetRawText();
        }

        var parts = new List<string>();
        foreach (var property in options.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            var value = Value(property.Value);
            if (property.Name == "linkedTableId" && tableNames.TryGetValue(value, out var name))
            {
                value = $"{name} ({value})";
            }

            parts.Add($"{property.Name}={value}");
        }

        return parts.Count == 0 ? "-" : string.Join("; ", parts);
    }

    private static string Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Array => List(value),
        _ => value.GetRawText(),
    };

    // Arrays of objects (select choices) show their labels; long lists are cut with a count.
    private static string List(JsonElement array)
    {
        var items = array.EnumerateArray().Select(Item).ToList();
        var shown = items.Take(MaxItems).ToList();
        if (items.Count > MaxItems)
        {
            shown.Add(string.Create(CultureInfo.InvariantCulture, $"… {items.Count - MaxItems} more"));
        }

        return "[" + string.Join(", ", shown) + "]";
    }

    private static string Item(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty("label", out var label) && label.ValueKind == JsonValueKind.String
            ? label.GetString()!
            : Value(item);
}
