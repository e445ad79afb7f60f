using System.Globalization;
using System.Text.Json;

namespace SoftrLite.Benchmarks.Computed;

/// <summary>
/// The table the formula benchmarks write (Name text, Amount number with 2 decimals, Quantity whole number,
/// Category text), its formulas, and <see cref="Price"/>: the benchmarks' main formula computed by hand, as a
/// baseline computes it, checked against what the engine stores.
/// </summary>
internal static class FormulaTable
{
    public const int FieldCount = 4;
    public const string PriceFormula = "IF({Amount} > 100, {Amount} * 1.1, ROUND({Amount} / 3, 2)) & ''";

    /// <summary>The column types of the fields, in field order.</summary>
    public static readonly string[] SqlTypes = ["TEXT", "REAL", "REAL", "TEXT"];

    /// <summary>Five formulas over the four fields: arithmetic, the price formula, text functions, one reading another formula.</summary>
    public static readonly (string Name, string Formula)[] FiveFormulas =
    [
        ("Total", "{Amount} * {Quantity}"),
        ("Price", PriceFormula),
        ("Upper", "UPPER({Name})"),
        ("Label", "{Name} & ' (' & {Category} & ')'"),
        ("Size", "IF({Total} > 1000, 'big', 'small')"),
    ];

    private static readonly string[] Categories = ["a", "b", "c", "d", "e"];
    private static readonly JsonElement TwoDecimals = JsonElement.Parse("""{"precision":2}""");
    private static readonly JsonElement Whole = JsonElement.Parse("""{"precision":0}""");

    /// <summary>Creates the table, then adds the given formulas in order.</summary>
    public static Table Create(SoftrEngine engine, DatabaseId database, IEnumerable<(string Name, string Formula)> formulas)
    {
        var table = engine.Tables.Create(database, new NewTable("Items")
        {
            Fields =
            [
                new NewField("Name", FieldTypeNames.SingleLineText),
                new NewField("Amount", FieldTypeNames.Number) { Options = TwoDecimals },
                new NewField("Quantity", FieldTypeNames.Number) { Options = Whole },
                new NewField("Category", FieldTypeNames.SingleLineText),
            ],
        });
        foreach (var (name, formula) in formulas)
        {
            var options = JsonSerializer.SerializeToElement(new { formula });
            engine.Fields.Add(database, table.Id, new NewField(name, FieldTypeNames.Formula) { Options = options });
        }

        return engine.Tables.Get(database, table.Id);
    }

    /// <summary>Amount of record <paramref name="i"/> in round <paramref name="round"/>: 0 to 299.99, so both branches of the IF run.</summary>
    public static double Amount(int i, int round) => (((i * 37) + (round * 1301)) % 30_000) / 100.0;

    /// <summary>The input values of record <paramref name="i"/> as the C# API takes them, keyed by field ID.</summary>
    public static Dictionary<string, object?> Input(Table table, int i) => new(FieldCount)
    {
        [table.Fields[0].Id.Value] = $"Item {i}",
        [table.Fields[1].Id.Value] = Amount(i, 0),
        [table.Fields[2].Id.Value] = (double)(i % 20),
        [table.Fields[3].Id.Value] = Categories[i % Categories.Length],
    };

    /// <summary>The stored values of <see cref="Input"/> (TEXT, REAL, REAL, TEXT), in column order.</summary>
    public static object[] Stored(int i) => [$"Item {i}", Amount(i, 0), (double)(i % 20), Categories[i % Categories.Length]];

    /// <summary>
    /// <see cref="PriceFormula"/> by hand: the IF, ROUND half away from zero on the decimal, results to 15
    /// significant digits, then the text form (whole numbers without a point, others shortest round-trip).
    /// </summary>
    public static string Price(double amount)
    {
        var value = amount > 100
            ? amount * 1.1
            : (double)Math.Round((decimal)(amount / 3), 2, MidpointRounding.AwayFromZero);
        value = double.Parse(value.ToString("G15", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return value == Math.Floor(value)
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);
    }
}
