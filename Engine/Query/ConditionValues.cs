using System.Globalization;
using System.Text.Json;
using SoftrLite.Errors;

namespace SoftrLite.Query;

/// <summary>Reads the right side and bounds of a condition as the value kind its field family compares.</summary>
internal static class ConditionValues
{
    public static JsonElement Required(FilterCondition condition, JsonElement? value, string side) =>
        value is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } v
            ? v
            : throw SoftrErrors.ConditionMalformed(condition.Operator.ToWireName(), $"'{side}' is missing");

    public static double Number(FilterCondition condition, JsonElement value, string leftSide)
    {
        // A JSON number beyond double (1e400) reads as infinity, which no stored number can be compared with.
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String
            && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number)
            && double.IsFinite(number))
        {
            return number;
        }

        throw SoftrErrors.ConditionValue(condition.Operator.ToWireName(), leftSide, "a number", JsonDescriber.Describe(value));
    }

    public static bool Boolean(FilterCondition condition, JsonElement value, string leftSide) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String when bool.TryParse(value.GetString(), out var flag) => flag,
        _ => throw SoftrErrors.ConditionValue(condition.Operator.ToWireName(), leftSide, "true or false", JsonDescriber.Describe(value)),
    };

    /// <summary>The longest text a condition compares: the longest text a field holds (LONG_TEXT).</summary>
    public const int MaxTextLength = 65_536;

    /// <summary>The most values one condition's list (IS_ONE_OF, HAS_ANY_OF, …) may hold.</summary>
    public const int MaxListValues = 1_000;

    public static string Text(FilterCondition condition, JsonElement value, string leftSide)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Number => value.GetRawText(),
            _ => throw SoftrErrors.ConditionValue(condition.Operator.ToWireName(), leftSide, "a string", JsonDescriber.Describe(value)),
        };
        return text.Length <= MaxTextLength
            ? text
            : throw SoftrErrors.ConditionValue(condition.Operator.ToWireName(), leftSide, $"a string of at most {MaxTextLength} characters", $"{text.Length} characters");
    }

    /// <summary>A list: a JSON array, or a single value read as a list of one.</summary>
    public static IReadOnlyList<JsonElement> List(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return [value];
        }

        var length = value.GetArrayLength();
        return length <= MaxListValues ? value.EnumerateArray().ToArray() : throw SoftrErrors.FilterListTooLong(length, MaxListValues);
    }
}
