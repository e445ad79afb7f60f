using System.Globalization;
using System.Text.Json;
using SoftrLite.Benchmarks.Storage;

namespace SoftrLite.Benchmarks.Schema;

/// <summary>
/// The fields the benchmarks add, cycling through five types: text, number, select with three choices,
/// checkbox and date. Each comes as an engine request and as the row the engine would store for it.
/// </summary>
internal static class FieldMix
{
    private const int Kinds = 5;
    private static readonly JsonElement NumberOptions = JsonElement.Parse("""{"precision":2}""");
    private static readonly JsonElement SelectOptions =
        JsonElement.Parse("""{"choices":[{"label":"Red"},{"label":"Green"},{"label":"Blue"}]}""");

    public static NewField Request(int index) => (index % Kinds) switch
    {
        0 => new NewField(Name(index), FieldTypeNames.SingleLineText),
        1 => new NewField(Name(index), FieldTypeNames.Number) { Options = NumberOptions },
        2 => new NewField(Name(index), FieldTypeNames.Select) { Options = SelectOptions },
        3 => new NewField(Name(index), FieldTypeNames.Checkbox),
        _ => new NewField(Name(index), FieldTypeNames.Date),
    };

    /// <summary>The stored form of <see cref="Request"/>: options as the engine normalizes them (choice IDs filled in).</summary>
    public static RawField Row(int index)
    {
        var id = "f" + index.ToString("D4", CultureInfo.InvariantCulture);
        var name = Name(index);
        return (index % Kinds) switch
        {
            0 => new RawField(id, name, FieldTypeNames.SingleLineText, "TEXT", "{}", false),
            1 => new RawField(id, name, FieldTypeNames.Number, "REAL", """{"precision":2,"prefix":null,"suffix":null}""", false),
            2 => new RawField(id, name, FieldTypeNames.Select, "TEXT", SelectJson(index), false),
            3 => new RawField(id, name, FieldTypeNames.Checkbox, "INTEGER", "{}", false),
            _ => new RawField(id, name, FieldTypeNames.Date, "TEXT", """{"precision":"DATE","timezoneType":"FIXED","timezone":"DEFAULT"}""", false),
        };
    }

    private static string Name(int index) => "Field " + index.ToString(CultureInfo.InvariantCulture);

    private static string SelectJson(int index)
    {
        var n = (index % 1000).ToString("D3", CultureInfo.InvariantCulture);
        return "{\"choices\":[" +
            $$"""{"id":"R{{n}}a","label":"Red","color":null},""" +
            $$"""{"id":"G{{n}}a","label":"Green","color":null},""" +
            $$"""{"id":"B{{n}}a","label":"Blue","color":null}""" +
            "],\"allowToAddNewChoice\":false,\"sorting\":\"CUSTOM\",\"enforceOrder\":false}";
    }
}
