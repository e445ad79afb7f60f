using System.Text.Json;
using SoftrLite.Errors;

namespace SoftrLite.Query;

/// <summary>The API's JSON grammar of conditions and sort keys, both ways: requests and views' saved filters use it.</summary>
internal static class FilterJson
{
    private static readonly string[] ConditionKeys = ["operator", "leftSide", "rightSide", "lowerBound", "upperBound", "conditions"];

    /// <summary>
    /// Reads a condition: <c>{operator, leftSide, rightSide | lowerBound, upperBound}</c>, or <c>{operator: AND | OR,
    /// conditions: [...]}</c>. The grammar is strict, so that a misspelt key can never silently change what a filter
    /// matches: an unknown key, a composite without a <c>conditions</c> array (an empty one puts no condition), or a
    /// comparison with <c>conditions</c> is a <see cref="ErrorCode.BadRequest"/>.
    /// </summary>
    public static FilterCondition ParseCondition(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw SoftrErrors.PropertyWrongKind("condition", "an object", json);
        }

        foreach (var property in json.EnumerateObject())
        {
            if (Array.IndexOf(ConditionKeys, property.Name) < 0)
            {
                throw SoftrErrors.ConditionKeyUnknown(property.Name, ConditionKeys);
            }
        }

        if (!json.TryGetProperty("operator", out var op) || op.ValueKind != JsonValueKind.String)
        {
            throw SoftrErrors.PropertyMissing("operator");
        }

        var parsed = FilterOperators.Parse(op.GetString()!);
        var leftSide = json.TryGetProperty("leftSide", out var left) ? left : (JsonElement?)null;
        if (leftSide is { } l && l.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
        {
            throw SoftrErrors.PropertyWrongKind("leftSide", "a field ID or name", l);
        }

        return new FilterCondition(parsed)
        {
            LeftSide = leftSide is { ValueKind: JsonValueKind.String } name ? name.GetString() : null,
            RightSide = Optional(json, "rightSide"),
            LowerBound = Optional(json, "lowerBound"),
            UpperBound = Optional(json, "upperBound"),
            Conditions = parsed is FilterOperator.And or FilterOperator.Or ? Nested(json, parsed) : NoNested(json, parsed),
        };
    }

    private static FilterCondition[] Nested(JsonElement json, FilterOperator op)
    {
        if (!json.TryGetProperty("conditions", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw SoftrErrors.CompositeWithoutConditions(op.ToWireName(), list.ValueKind == JsonValueKind.Undefined ? null : list);
        }

        foreach (var key in (ReadOnlySpan<string>)["rightSide", "lowerBound", "upperBound"])
        {
            if (Optional(json, key) is not null)
            {
                throw SoftrErrors.ConditionMalformed(op.ToWireName(), $"a composite condition takes 'conditions', not '{key}'");
            }
        }

        return list.EnumerateArray().Select(ParseCondition).ToArray();
    }

    private static FilterCondition[] NoNested(JsonElement json, FilterOperator op) =>
        json.TryGetProperty("conditions", out _)
            ? throw SoftrErrors.ConditionMalformed(op.ToWireName(), "only AND and OR take 'conditions'")
            : [];

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
        if (condition.Operator is FilterOperator.And or FilterOperator.Or)
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
