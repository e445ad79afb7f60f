using System.Globalization;
using System.Text.Json;
using SoftrLite.Errors;

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
            Sort = sorting is { ValueKind: not JsonValueKind.Null } s ? Sort(s) : [],
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
        return filter.TryGetProperty("condition", out var condition) ? Condition(condition) : Condition(filter);
    }

    private static FilterCondition Condition(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw SoftrErrors.PropertyWrongKind("condition", "an object", json);
        }

        if (!json.TryGetProperty("operator", out var op) || op.ValueKind != JsonValueKind.String)
        {
            throw SoftrErrors.PropertyMissing("operator");
        }

        var leftSide = json.TryGetProperty("leftSide", out var left) ? left : (JsonElement?)null;
        if (leftSide is { } l && l.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
        {
            throw SoftrErrors.PropertyWrongKind("leftSide", "a field ID or name", l);
        }

        var nested = json.TryGetProperty("conditions", out var list) && list.ValueKind != JsonValueKind.Null
            ? list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().Select(Condition).ToArray() : throw SoftrErrors.PropertyWrongKind("conditions", "an array", list)
            : [];
        return new FilterCondition(FilterOperators.Parse(op.GetString()!))
        {
            LeftSide = leftSide is { ValueKind: JsonValueKind.String } name ? name.GetString() : null,
            RightSide = Optional(json, "rightSide"),
            LowerBound = Optional(json, "lowerBound"),
            UpperBound = Optional(json, "upperBound"),
            Conditions = nested,
        };
    }

    private static JsonElement? Optional(JsonElement json, string property) =>
        json.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static SortKey[] Sort(JsonElement sorting)
    {
        var items = sorting.ValueKind switch
        {
            JsonValueKind.Array => sorting.EnumerateArray().ToArray(),
            JsonValueKind.Object => [sorting],
            _ => throw SoftrErrors.PropertyWrongKind("sorting", "an array of {sortingField, sortType}", sorting),
        };
        return items.Select(SortKey).ToArray();
    }

    private static SortKey SortKey(JsonElement item)
    {
        var key = RequestBody.Of(item, "sorting");
        var type = key.OptionalString("sortType") ?? "ASC";
        var direction = type.ToUpperInvariant() switch
        {
            "ASC" => SortDirection.Ascending,
            "DESC" => SortDirection.Descending,
            _ => throw SoftrErrors.BadSortType(type),
        };
        return new SortKey(key.RequiredString("sortingField"), direction);
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
