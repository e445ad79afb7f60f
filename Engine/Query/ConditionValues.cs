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
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number))
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

    public static string Text(FilterCondition condition, JsonElement value, string leftSide) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetRawText(),
        _ => throw SoftrErrors.ConditionValue(condition.Operator.ToWireName(), leftSide, "a string", JsonDescriber.Describe(value)),
    };

    /// <summary>A list: a JSON array, or a single value read as a list of one.</summary>
    public static IReadOnlyList<JsonElement> List(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToArray() : [value];
}
