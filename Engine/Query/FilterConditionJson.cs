using System.Text.Json;
using SoftrLite.Errors;

namespace SoftrLite;

/// <summary>
/// The API's JSON grammar of filter conditions, for callers outside the REST layer (the CLI's <c>--filter</c>): a
/// condition <c>{"operator","leftSide","rightSide"}</c>, a composite <c>{"operator":"AND","conditions":[…]}</c>, or
/// the search body's wrapper <c>{"condition":{…}}</c>.
/// </summary>
public static class FilterConditionJson
{
    /// <summary>Reads a condition from its JSON text.</summary>
    /// <exception cref="SoftrException"><see cref="ErrorCode.BadRequest"/> for malformed JSON or a condition outside the grammar.</exception>
    public static FilterCondition Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonElement root;
        try
        {
            root = JsonElement.Parse(json);
        }
        catch (JsonException exception)
        {
            throw SoftrErrors.MalformedJson(exception.Message);
        }

        var condition = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("condition", out var inner) ? inner : root;
        return Query.FilterJson.ParseCondition(condition);
    }

    /// <summary>Writes a condition in the API's grammar.</summary>
    public static string Write(FilterCondition condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return Query.FilterJson.Write(condition);
    }
}
