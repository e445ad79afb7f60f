using System.Globalization;
using System.Text.Json;
using SoftrLite.Records;

namespace SoftrLite.Fields;

/// <summary>
/// Stores computed results in an ANY column with their own SQLite type, so filters and sorts on them cost what they
/// cost on plain fields: numbers REAL, booleans INTEGER, text and dates TEXT, arrays JSON TEXT. An error value is
/// TEXT behind a NUL character, which no other stored text starts with.
/// </summary>
internal static class ComputedCodec
{
    private const char ErrorMark = '\u0000';

    public static StoredValue Encode(object? value) => value switch
    {
        null => StoredValue.Empty,
        double d => double.IsFinite(d) ? StoredValue.FromReal(d) : StoredValue.FromText(ErrorMark + "#ERROR!"),
        long l => StoredValue.FromReal(l),
        string { Length: 0 } => StoredValue.Empty,
        string s => StoredValue.FromText(s.TrimStart(ErrorMark)),
        bool b => StoredValue.FromInteger(b ? 1 : 0),
        DateOnly date => StoredValue.FromText(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        DateTimeOffset instant => StoredValue.FromText(instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)),
        FormulaError error => StoredValue.FromText(ErrorMark + error.Code),
        System.Collections.IEnumerable items => Array(items),
        _ => StoredValue.FromText(ValueText.Of(value)),
    };

    public static object? Decode(StoredValue stored, FormulaResultType kind)
    {
        if (stored.Kind == FieldStorage.Text && stored.Text!.Length > 0 && stored.Text[0] == ErrorMark)
        {
            return new FormulaError(stored.Text[1..]);
        }

        return (stored.Kind, kind) switch
        {
            (FieldStorage.None, _) => null,
            (FieldStorage.Integer, FormulaResultType.Boolean) => stored.Integer != 0,
            (FieldStorage.Integer, _) => (double)stored.Integer,
            (FieldStorage.Real, _) => stored.Real,
            (_, FormulaResultType.Array) => ReadArray(stored.Text!),
            (_, FormulaResultType.Date) when DateOnly.TryParseExact(stored.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date,
            (_, FormulaResultType.Instant) when DateTimeOffset.TryParse(stored.Text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var instant) => instant,
            _ => stored.Text,
        };
    }

    private static StoredValue Array(System.Collections.IEnumerable items)
    {
        var list = items.Cast<object?>().ToList();
        if (list.Count == 0)
        {
            return StoredValue.Empty;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var item in list)
            {
                if (item is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    ValueJson.Write(writer, item);
                }
            }

            writer.WriteEndArray();
        }

        return StoredValue.FromText(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static IReadOnlyList<object?> ReadArray(string json) =>
        JsonElement.Parse(json).EnumerateArray().Select(Item).ToArray();

    private static object? Item(JsonElement item) => item.ValueKind switch
    {
        JsonValueKind.Number => item.GetDouble(),
        JsonValueKind.String => item.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null => null,
        _ => item.Clone(),
    };
}
