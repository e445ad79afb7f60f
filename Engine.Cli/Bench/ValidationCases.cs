using System.Globalization;
using System.Text.Json;

namespace SoftrLite.Cli.Bench;

/// <summary>
/// The field types and values of <c>softrlite bench validation</c>: the same set as Engine.Benchmarks'
/// <c>ValidationBenchmarks</c> (text, email, URL, number, rating, checkbox, date, datetime, select, multiple select,
/// attachment), each with 1,000 varied valid values.
/// </summary>
public static class ValidationCases
{
    /// <summary>How many values each case holds.</summary>
    public const int Count = 1000;

    private static readonly string[] Labels = ["Todo", "Doing", "Done"];

    /// <summary>Every case.</summary>
    public static IReadOnlyList<ValidationCase> All()
    {
        var select = JsonElement.Parse("""{"choices":[{"label":"Todo"},{"label":"Doing"},{"label":"Done"}]}""");
        return
        [
            Case("SINGLE_LINE_TEXT", new NewField("Title", FieldTypeNames.SingleLineText), i => Quote($"Item {i} of the benchmark")),
            Case("EMAIL", new NewField("Email", FieldTypeNames.Email), i => Quote($"user{i}@example.com")),
            Case("URL", new NewField("Website", FieldTypeNames.Url), i => Quote($"https://example.com/items/{i}")),
            Case("NUMBER", new NewField("Price", FieldTypeNames.Number) { Options = JsonElement.Parse("""{"precision":2}""") },
                i => (i * 0.25 + 0.5).ToString("R", CultureInfo.InvariantCulture)),
            Case("RATING", new NewField("Rating", FieldTypeNames.Rating) { Options = JsonElement.Parse("""{"max":5}""") },
                i => (i % 6).ToString(CultureInfo.InvariantCulture)),
            Case("CHECKBOX", new NewField("Done", FieldTypeNames.Checkbox), i => i % 2 == 0 ? "true" : "false"),
            Case("DATE", new NewField("Due", FieldTypeNames.Date),
                i => Quote(new DateOnly(2024, 1, 1).AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
            Case("DATETIME", new NewField("Starts", FieldTypeNames.DateTime),
                i => Quote(new DateTime(2024, 5, 1, 14, 30, 0, DateTimeKind.Utc).AddMinutes(i * 7).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))),
            Case("SELECT", new NewField("Status", FieldTypeNames.Select) { Options = select }, i => Quote(Labels[i % Labels.Length])),
            Case("SELECT (multiple)", new NewField("Tags", FieldTypeNames.Select) { Options = select, AllowMultipleEntries = true },
                i => $"[{Quote(Labels[i % Labels.Length])},{Quote(Labels[(i + 1) % Labels.Length])}]"),
            Case("ATTACHMENT", new NewField("Files", FieldTypeNames.Attachment), i => Quote($"https://cdn.example.com/files/report-{i}.pdf")),
        ];
    }

    private static ValidationCase Case(string name, NewField field, Func<int, string> value) =>
        new(name, field, JsonElement.Parse("[" + string.Join(",", Enumerable.Range(0, Count).Select(value)) + "]").EnumerateArray().ToArray());

    private static string Quote(string text) => JsonSerializer.Serialize(text);
}
