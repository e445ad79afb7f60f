using System.Globalization;
using System.Text.Json;

namespace SoftrLite.Benchmarks.Records;

/// <summary>
/// The 10-field table the record benchmarks write and read (text, long text, e-mail, two numbers, checkbox, date,
/// select, URL, rating) and its rows: 1,000 distinct ones, cycled. Each row comes as a C# caller writes it and as
/// the engine stores it, so the baselines write exactly the values the engine writes.
/// </summary>
internal static class RecordMix
{
    public const int DistinctRows = 1000;
    public const int FieldCount = 10;
    public const int DateOrdinal = 6;
    public const int StatusOrdinal = 7;
    public static readonly string[] StatusLabels = ["Todo", "Doing", "Done"];

    /// <summary>The column types of the fields, in field order (their columns are <c>f1</c>…<c>f10</c>).</summary>
    public static readonly string[] SqlTypes = ["TEXT", "TEXT", "TEXT", "REAL", "REAL", "INTEGER", "TEXT", "TEXT", "TEXT", "INTEGER"];

    private static readonly JsonElement PriceOptions = JsonElement.Parse("""{"precision":2}""");
    private static readonly JsonElement QuantityOptions = JsonElement.Parse("""{"precision":0}""");
    private static readonly JsonElement StatusOptions =
        JsonElement.Parse("""{"choices":[{"label":"Todo"},{"label":"Doing"},{"label":"Done"}]}""");

    public static NewTable Table() => new("Items")
    {
        Fields =
        [
            new NewField("Name", FieldTypeNames.SingleLineText),
            new NewField("Notes", FieldTypeNames.LongText),
            new NewField("Email", FieldTypeNames.Email),
            new NewField("Price", FieldTypeNames.Number) { Options = PriceOptions },
            new NewField("Quantity", FieldTypeNames.Number) { Options = QuantityOptions },
            new NewField("Done", FieldTypeNames.Checkbox),
            new NewField("Due", FieldTypeNames.Date),
            new NewField("Status", FieldTypeNames.Select) { Options = StatusOptions },
            new NewField("Website", FieldTypeNames.Url),
            new NewField("Rating", FieldTypeNames.Rating),
        ],
    };

    /// <summary>The rows as the C# API takes them, keyed by field ID.</summary>
    public static IReadOnlyDictionary<string, object?>[] Inputs(Table table)
    {
        var ids = table.Fields.Select(f => f.Id.Value).ToArray();
        return Enumerable.Range(0, DistinctRows)
            .Select(i => (IReadOnlyDictionary<string, object?>)Written(i).Select((value, f) => (ids[f], value)).ToDictionary(p => p.Item1, p => (object?)p.value))
            .ToArray();
    }

    /// <summary>The rows as the engine stores them (TEXT, REAL, INTEGER), in column order.</summary>
    public static object[][] StoredRows(Table table)
    {
        var choiceIds = ChoiceIds(table);
        return Enumerable.Range(0, DistinctRows).Select(i => Stored(i, choiceIds)).ToArray();
    }

    /// <summary>The Status field's choice IDs by label, as the engine assigned them.</summary>
    public static Dictionary<string, string> ChoiceIds(Table table)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var choice in table.Fields[StatusOrdinal].Options.GetProperty("choices").EnumerateArray())
        {
            ids[choice.GetProperty("label").GetString()!] = choice.GetProperty("id").GetString()!;
        }

        return ids;
    }

    private static object[] Written(int i) =>
    [
        $"Item {i}",
        $"Notes for item {i}: first line of the description.\nSecond line, with a little more text.",
        $"user{i}@example.com",
        Price(i),
        (double)(i % 50),
        i % 3 == 0,
        Due(i),
        StatusLabels[i % StatusLabels.Length],
        $"https://example.com/items/{i}",
        i % 6,
    ];

    private static object[] Stored(int i, Dictionary<string, string> choiceIds) =>
    [
        $"Item {i}",
        $"Notes for item {i}: first line of the description.\nSecond line, with a little more text.",
        $"user{i}@example.com",
        Price(i),
        (double)(i % 50),
        i % 3 == 0 ? 1L : 0L,
        Due(i),
        choiceIds[StatusLabels[i % StatusLabels.Length]],
        $"https://example.com/items/{i}",
        (long)(i % 6),
    ];

    // Divided, not summed, so the double is the one nearest the decimal, as the engine's precision rounding leaves it.
    private static double Price(int i) => (99 + (i * 25)) / 100.0;

    private static string Due(int i) => new DateOnly(2024, 1, 1).AddDays(i % 730).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
