using System.Text.Json;

namespace SoftrLite.Benchmarks.Query;

/// <summary>
/// The 4-field table the query benchmarks search (Name text, Amount number with 2 decimals, Category text,
/// Quantity whole number) and its rows, drawn from a seeded generator: Amount is uniform in [0, 1000), Category
/// one of ten letters, so <c>Amount IS_BETWEEN 100 AND 200 AND Category IS "b"</c> keeps about 1% of the rows.
/// </summary>
internal static class QueryTable
{
    public const int BatchSize = 1000;
    public const int FieldCount = 4;
    public const string Name = "Name";
    public const string Amount = "Amount";
    public const string Category = "Category";
    public const string Quantity = "Quantity";
    public const double Low = 100;
    public const double High = 200;
    public const string Wanted = "b";
    private static readonly string[] Categories = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
    private static readonly JsonElement TwoDecimals = JsonElement.Parse("""{"precision":2}""");
    private static readonly JsonElement Whole = JsonElement.Parse("""{"precision":0}""");

    public static NewTable Definition() => new("Items")
    {
        Fields =
        [
            new NewField(Name, FieldTypeNames.SingleLineText),
            new NewField(Amount, FieldTypeNames.Number) { Options = TwoDecimals },
            new NewField(Category, FieldTypeNames.SingleLineText),
            new NewField(Quantity, FieldTypeNames.Number) { Options = Whole },
        ],
    };

    /// <summary>The filter of the filtered benchmarks: a range on Amount and a case-folded text equality on Category.</summary>
    public static FilterCondition Filter() => FilterCondition.And(
        FilterCondition.Range(Amount, FilterOperator.IsBetween, Low, High),
        FilterCondition.Compare(Category, FilterOperator.Is, Wanted));

    /// <summary>Creates the table and writes <paramref name="records"/> rows through <c>CreateMany</c>, 1,000 per call.</summary>
    public static Table Fill(SoftrEngine engine, DatabaseId database, int records)
    {
        var table = engine.Tables.Create(database, Definition());
        var ids = table.Fields.Select(f => f.Id.Value).ToArray();
        var random = new Random(42);
        for (var start = 0; start < records; start += BatchSize)
        {
            var batch = new IReadOnlyDictionary<string, object?>[Math.Min(BatchSize, records - start)];
            for (var i = 0; i < batch.Length; i++)
            {
                batch[i] = new Dictionary<string, object?>(FieldCount)
                {
                    [ids[0]] = $"Item {start + i}",
                    [ids[1]] = random.Next(100_000) / 100.0,
                    [ids[2]] = Categories[random.Next(Categories.Length)],
                    [ids[3]] = (double)random.Next(100),
                };
            }

            engine.Records.CreateMany(database, table.Id, batch);
        }

        return table;
    }
}
