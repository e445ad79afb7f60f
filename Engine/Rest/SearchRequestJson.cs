using System.Globalization;
using System.Text.Json;
using SoftrLite.Errors;
using SoftrLite.Query;

namespace SoftrLite.Rest;

/// <summary>Reads a search body — <c>filter</c>, <c>sorting</c> (or its alias <c>sort</c>), <c>paging</c> — into a <see cref="RecordQuery"/>.</summary>
internal static class SearchRequestJson
{
    public static RecordQuery Parse(RequestBody body)
    {
        var filter = body.OptionalElement("filter") is { ValueKind: not JsonValueKind.Null } f ? Filter(f) : null;
        var sorting = body.OptionalElement("sorting") ?? body.OptionalElement("sort");
        return new RecordQuery
        {
            Filter = filter,
            Sort = sorting is { ValueKind: not JsonValueKind.Null } s ? FilterJson.ParseSort(s) : [],
            Paging = body.OptionalElement("paging") is { ValueKind: not JsonValueKind.Null } p ? Paging(p) : SoftrLite.Paging.Default,
        };
    }

    private static FilterCondition Filter(JsonElement filter)
    {
        if (filter.ValueKind != JsonValueKind.Object)
        {
            throw SoftrErrors.PropertyWrongKind("filter", "an object with a 'condition'", filter);
        }

        // The documented shape wraps the condition ({"condition": {...}}); a bare condition is accepted too.
        return FilterJson.ParseCondition(filter.TryGetProperty("condition", out var condition) ? condition : filter);
    }

    private static Paging Paging(JsonElement paging)
    {
        var body = RequestBody.Of(paging, "paging");
        return new Paging(Whole(body, "offset", 0), Whole(body, "limit", SoftrLite.Paging.DefaultLimit));
    }

    private static int Whole(RequestBody body, string property, int fallback)
    {
        if (body.OptionalElement(property) is not { ValueKind: not JsonValueKind.Null } value)
        {
            return fallback;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
        {
            return (int)Math.Clamp(number, int.MinValue, int.MaxValue);
        }

        throw SoftrErrors.InvalidPaging(property, value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText());
    }
}
