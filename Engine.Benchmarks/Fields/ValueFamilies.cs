using System.Globalization;
using System.Text.Json;

namespace SoftrLite.Benchmarks.Fields;

/// <summary>
/// For each <see cref="ValueFamily"/>: the field that receives the values, the values themselves (valid, varied,
/// as a JSON array) and the cheapest hand-written check a program would do on the raw <see cref="JsonElement"/>.
/// </summary>
internal static class ValueFamilies
{
    public static readonly string[] Labels = ["Todo", "Doing", "Done"];
    private static readonly JsonElement NumberOptions = JsonElement.Parse("""{"precision":2}""");
    private static readonly JsonElement RatingOptions = JsonElement.Parse("""{"max":5}""");
    private static readonly JsonElement SelectOptions =
        JsonElement.Parse("""{"choices":[{"label":"Todo"},{"label":"Doing"},{"label":"Done"}]}""");

    public static NewField Field(ValueFamily family) => family switch
    {
        ValueFamily.Text => new NewField("Title", FieldTypeNames.SingleLineText),
        ValueFamily.Email => new NewField("Email", FieldTypeNames.Email),
        ValueFamily.Url => new NewField("Website", FieldTypeNames.Url),
        ValueFamily.Number => new NewField("Price", FieldTypeNames.Number) { Options = NumberOptions },
        ValueFamily.Rating => new NewField("Rating", FieldTypeNames.Rating) { Options = RatingOptions },
        ValueFamily.Checkbox => new NewField("Done", FieldTypeNames.Checkbox),
        ValueFamily.Date => new NewField("Due", FieldTypeNames.Date),
        ValueFamily.DateTime => new NewField("Starts", FieldTypeNames.DateTime),
        ValueFamily.Select => new NewField("Status", FieldTypeNames.Select) { Options = SelectOptions },
        ValueFamily.MultiSelect => new NewField("Tags", FieldTypeNames.Select) { Options = SelectOptions, AllowMultipleEntries = true },
        ValueFamily.Attachment => new NewField("Files", FieldTypeNames.Attachment),
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, null),
    };

    /// <summary>A JSON array of <paramref name="count"/> valid values of the family.</summary>
    public static JsonElement[] Values(ValueFamily family, int count)
    {
        var items = Enumerable.Range(0, count).Select(i => Value(family, i));
        return JsonElement.Parse("[" + string.Join(",", items) + "]").EnumerateArray().ToArray();
    }

    /// <summary>
    /// The raw check of one value: the JSON kind, and what the field type checks in its cheapest hand-written form.
    /// Returns a number that depends on the value, so the work cannot be skipped.
    /// </summary>
    public static long RawCheck(ValueFamily family, JsonElement value, Dictionary<string, string> choiceIds) => family switch
    {
        ValueFamily.Text => Text(value),
        ValueFamily.Email => Email(value),
        ValueFamily.Url or ValueFamily.Attachment => Url(value),
        ValueFamily.Number => Number(value),
        ValueFamily.Rating => Rating(value),
        ValueFamily.Checkbox => value.ValueKind switch
        {
            JsonValueKind.True => 1,
            JsonValueKind.False => 0,
            _ => throw Invalid(value),
        },
        ValueFamily.Date => Date(value),
        ValueFamily.DateTime => DateTime(value),
        ValueFamily.Select => Choice(value, choiceIds),
        ValueFamily.MultiSelect => Choices(value, choiceIds),
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, null),
    };

    private static string Value(ValueFamily family, int i) => family switch
    {
        ValueFamily.Text => Quote($"Item {i} of the benchmark"),
        ValueFamily.Email => Quote($"user{i}@example.com"),
        ValueFamily.Url => Quote($"https://example.com/items/{i}"),
        ValueFamily.Number => (i * 0.25 + 0.5).ToString("R", CultureInfo.InvariantCulture),
        ValueFamily.Rating => (i % 6).ToString(CultureInfo.InvariantCulture),
        ValueFamily.Checkbox => i % 2 == 0 ? "true" : "false",
        ValueFamily.Date => Quote(new DateOnly(2024, 1, 1).AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ValueFamily.DateTime => Quote(new DateTime(2024, 5, 1, 14, 30, 0, DateTimeKind.Utc).AddMinutes(i * 7).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
        ValueFamily.Select => Quote(Labels[i % Labels.Length]),
        ValueFamily.MultiSelect => $"[{Quote(Labels[i % Labels.Length])},{Quote(Labels[(i + 1) % Labels.Length])}]",
        ValueFamily.Attachment => Quote($"https://cdn.example.com/files/report-{i}.pdf"),
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, null),
    };

    private static string Quote(string text) => JsonSerializer.Serialize(text);

    private static long Text(JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Invalid(value);
        return text.Length <= 1024 && text.AsSpan().IndexOfAny('\r', '\n') < 0 ? text.Length : throw Invalid(value);
    }

    private static long Email(JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Invalid(value);
        var at = text.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && text.IndexOf('.', at) > at ? text.Length : throw Invalid(value);
    }

    private static long Url(JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Invalid(value);
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? text.Length
            : throw Invalid(value);
    }

    private static long Number(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number)
            ? (long)number
            : throw Invalid(value);

    private static long Rating(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && number is >= 0 and <= 5 && number == Math.Floor(number)
            ? (long)number
            : throw Invalid(value);

    private static long Date(JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Invalid(value);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.DayNumber
            : throw Invalid(value);
    }

    private static long DateTime(JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Invalid(value);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant.UtcTicks
            : throw Invalid(value);
    }

    private static long Choice(JsonElement value, Dictionary<string, string> choiceIds) =>
        value.ValueKind == JsonValueKind.String && choiceIds.TryGetValue(value.GetString()!, out var id) ? id.Length : throw Invalid(value);

    private static long Choices(JsonElement value, Dictionary<string, string> choiceIds)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Invalid(value);
        }

        long total = 0;
        foreach (var item in value.EnumerateArray())
        {
            total += Choice(item, choiceIds);
        }

        return total;
    }

    private static InvalidOperationException Invalid(JsonElement value) => new($"Invalid value {value}.");
}
