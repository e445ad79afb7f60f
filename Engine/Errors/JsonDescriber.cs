using System.Text.Json;

namespace SoftrLite.Errors;

/// <summary>Describes a JSON value for an error message: "the string \"thirty\"", "the number 3", "an array".</summary>
internal static class JsonDescriber
{
    private const int MaxShown = 60;

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{Shorten(value.GetString()!)}\"",
        JsonValueKind.Number => $"the number {Shorten(value.GetRawText())}",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => $"an array of {value.GetArrayLength()} item(s)",
        JsonValueKind.Object => "an object",
        _ => "nothing",
    };

    public static string Describe(JsonElement? value) => value is { } v ? Describe(v) : "nothing";

    private static string Shorten(string text) => text.Length <= MaxShown ? text : string.Concat(text.AsSpan(0, MaxShown), "…");
}
