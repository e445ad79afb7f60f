using System.Text.Json;
using SoftrLite.Errors;

namespace SoftrLite.Query;

/// <summary>The API's JSON grammar of conditions and sort keys, both ways: requests and views' saved filters use it.</summary>
internal static class FilterJson
{
    /// <summary>Reads a condition: <c>{operator, leftSide, rightSide | lowerBound, upperBound | conditions}</c>.</summary>
    public static FilterCondition ParseCondition(JsonElement json)
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
            ? list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().Select(ParseCondition).ToArray() : throw SoftrErrors.PropertyWrongKind("conditions", "an array", list)
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

    /// <summary>Reads sort keys: an array of <c>{sortingField, sortType}</c> (or one such object).</summary>
    public static SortKey[] ParseSort(JsonElement sorting)
    {
        var items = sorting.ValueKind switch
        {
            JsonValueKind.Array => sorting.EnumerateArray().ToArray(),
            JsonValueKind.Object => [sorting],
            _ => throw SoftrErrors.PropertyWrongKind("sorting", "an array of {sortingField, sortType}", sorting),
        };
        return items.Select(SortKey).ToArray();
    }

    public static string Write(FilterCondition condition)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, condition);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string Write(IReadOnlyList<SortKey> sort) => JsonSerializer.Serialize(sort.Select(k => new Dictionary<string, string>
    {
        ["sortingField"] = k.Field,
        ["sortType"] = k.Direction == SortDirection.Descending ? "DESC" : "ASC",
    }));

    private static void Write(Utf8JsonWriter w, FilterCondition condition)
    {
        w.WriteStartObject();
        w.WriteString("operator", condition.Operator.ToWireName());
        if (condition.LeftSide is { } left)
        {
            w.WriteString("leftSide", left);
        }

        WriteOptional(w, "rightSide", condition.RightSide);
        WriteOptional(w, "lowerBound", condition.LowerBound);
        WriteOptional(w, "upperBound", condition.UpperBound);
        if (condition.Conditions.Count > 0)
        {
            w.WriteStartArray("conditions");
            foreach (var nested in condition.Conditions)
            {
                Write(w, nested);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, JsonElement? value)
    {
        if (value is { } v)
        {
            w.WritePropertyName(name);
            v.WriteTo(w);
        }
    }

    private static JsonElement? Optional(JsonElement json, string property) =>
        json.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static SortKey SortKey(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw SoftrErrors.PropertyWrongKind("sorting", "{sortingField, sortType}", item);
        }

        if (!item.TryGetProperty("sortingField", out var field) || field.ValueKind != JsonValueKind.String)
        {
            throw SoftrErrors.PropertyMissing("sortingField");
        }

        var type = item.TryGetProperty("sortType", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "ASC";
        var direction = type.ToUpperInvariant() switch
        {
            "ASC" => SortDirection.Ascending,
            "DESC" => SortDirection.Descending,
            _ => throw SoftrErrors.BadSortType(type),
        };
        return new SortKey(field.GetString()!, direction);
    }
}
