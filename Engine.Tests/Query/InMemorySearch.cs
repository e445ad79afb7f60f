using System.Globalization;
using System.Text.Json;
using Op = SoftrLite.FilterOperator;

namespace SoftrLite.Tests.Query;

/// <summary>
/// A plain LINQ evaluator of the README's search semantics ("Lists, paging and search"), written without looking at the
/// SQL builders: text folded with <see cref="string.ToLowerInvariant()"/>, positive operators false on empty values,
/// negations the exact complement, every date value a time range, empties smallest in sorts, ties by creation order.
/// </summary>
/// <param name="fields">The table's fields.</param>
/// <param name="records">Every record, in creation order.</param>
/// <param name="now">The engine's clock when the search runs.</param>
/// <param name="zone">The engine's time zone.</param>
internal sealed class InMemorySearch(IReadOnlyList<Field> fields, IReadOnlyList<Record> records, DateTimeOffset now, TimeZoneInfo zone)
{
    public IReadOnlyList<Record> Run(FilterCondition? filter, IReadOnlyList<SortKey> sort)
    {
        var matching = records.Select((record, index) => (Record: record, Index: index))
            .Where(r => filter is null || Matches(filter, r.Record))
            .ToList();
        var keys = sort.Select(k => (Target: Resolve(k.Field), Sign: k.Direction == SortDirection.Descending ? -1 : 1)).ToArray();
        matching.Sort((a, b) =>
        {
            foreach (var (target, sign) in keys)
            {
                var order = CompareValues(target.Field, Value(target, a.Record), Value(target, b.Record));
                if (order != 0)
                {
                    return sign * order;
                }
            }

            return a.Index.CompareTo(b.Index);
        });
        return matching.Select(r => r.Record).ToList();
    }

    private bool Matches(FilterCondition condition, Record record)
    {
        switch (condition.Operator)
        {
            case Op.And:
                return condition.Conditions.All(c => Matches(c, record));
            case Op.Or:
                return condition.Conditions.Count == 0 || condition.Conditions.Any(c => Matches(c, record));
            case Op.IsNotEmpty or Op.IsNot or Op.IsNotBetween or Op.IsNotWithin or Op.DoesNotContain
                or Op.DoesNotStartWith or Op.DoesNotEndWith or Op.IsNotOneOf or Op.HasNoneOf:
                return !Matches(condition with { Operator = Twin(condition.Operator) }, record);
        }

        var target = Resolve(condition.LeftSide!);
        var field = target.Field;
        var value = Value(target, record);
        if (condition.Operator == Op.IsEmpty || value is null)
        {
            return condition.Operator == Op.IsEmpty && value is null;
        }

        return value switch
        {
            string text when field?.Type == FieldTypeNames.Select => ChoiceIds(field, condition.RightSide!.Value).Contains(ChoiceIdOf(field, text)),
            string text => MatchesText(condition, text.ToLowerInvariant()),
            double number => MatchesNumber(condition, number),
            bool flag => flag == Flag(condition.RightSide!.Value),
            DateOnly day => MatchesRange(condition, Midnight(day), Midnight(day.AddDays(1))),
            DateTimeOffset instant => MatchesRange(condition, instant, instant.AddMilliseconds(1)),
            IReadOnlyList<string> labels => MatchesMany(condition, field!, labels.Select(l => ChoiceIdOf(field!, l)).ToHashSet()),
            _ => throw new InvalidOperationException($"No rule for {value.GetType()}."),
        };
    }

    private static bool MatchesText(FilterCondition condition, string value)
    {
        if (condition.Operator == Op.IsOneOf)
        {
            return List(condition.RightSide!.Value).Any(v => Text(v).ToLowerInvariant() == value);
        }

        var needle = Text(condition.RightSide!.Value).ToLowerInvariant();
        return condition.Operator switch
        {
            Op.Is => value == needle,
            Op.Contains => value.Contains(needle, StringComparison.Ordinal),
            Op.StartsWith => value.StartsWith(needle, StringComparison.Ordinal),
            Op.EndsWith => value.EndsWith(needle, StringComparison.Ordinal),
            _ => throw new InvalidOperationException(condition.Operator.ToString()),
        };
    }

    private static bool MatchesNumber(FilterCondition condition, double value) => condition.Operator switch
    {
        Op.Is => value == Number(condition.RightSide!.Value),
        Op.GreaterThan => value > Number(condition.RightSide!.Value),
        Op.GreaterThanOrEquals => value >= Number(condition.RightSide!.Value),
        Op.LessThan => value < Number(condition.RightSide!.Value),
        Op.LessThanOrEquals => value <= Number(condition.RightSide!.Value),
        Op.IsBetween => Number(condition.LowerBound!.Value) <= value && value <= Number(condition.UpperBound!.Value),
        Op.IsOneOf => List(condition.RightSide!.Value).Any(v => Number(v) == value),
        _ => throw new InvalidOperationException(condition.Operator.ToString()),
    };

    // The record's value is the range [start, end): a day for DATE, one millisecond for an instant.
    private bool MatchesRange(FilterCondition condition, DateTimeOffset start, DateTimeOffset end)
    {
        if (condition.Operator is Op.IsBetween or Op.IsWithin)
        {
            var from = Range(condition.LowerBound!.Value).Start;
            var to = Range(condition.UpperBound!.Value).End;
            return start < to && end > from;
        }

        var (first, afterLast) = Range(condition.RightSide!.Value);
        return condition.Operator switch
        {
            Op.Is => start < afterLast && end > first,
            Op.GreaterThan => start >= afterLast,
            Op.GreaterThanOrEquals => end > first,
            Op.LessThan => end <= first,
            Op.LessThanOrEquals => start < afterLast,
            _ => throw new InvalidOperationException(condition.Operator.ToString()),
        };
    }

    private static bool MatchesMany(FilterCondition condition, Field field, HashSet<string> ids)
    {
        var wanted = ChoiceIds(field, condition.RightSide!.Value);
        return condition.Operator switch
        {
            Op.HasAnyOf => wanted.Any(w => w is not null && ids.Contains(w)),
            Op.HasAllOf => wanted.All(w => w is not null && ids.Contains(w)),
            _ => throw new InvalidOperationException(condition.Operator.ToString()),
        };
    }

    private static Op Twin(Op negated) => negated switch
    {
        Op.IsNotEmpty => Op.IsEmpty,
        Op.IsNot => Op.Is,
        Op.IsNotBetween => Op.IsBetween,
        Op.IsNotWithin => Op.IsWithin,
        Op.DoesNotContain => Op.Contains,
        Op.DoesNotStartWith => Op.StartsWith,
        Op.DoesNotEndWith => Op.EndsWith,
        Op.IsNotOneOf => Op.IsOneOf,
        _ => Op.HasAnyOf,
    };

    /// <summary>A field by ID, then by exact name, then the system keys created_at and updated_at.</summary>
    private Target Resolve(string key) =>
        fields.FirstOrDefault(f => f.Id.Value == key) is { } byId ? new Target(byId, false)
        : fields.FirstOrDefault(f => f.Name == key) is { } byName ? new Target(byName, false)
        : key is "created_at" or "updated_at" ? new Target(null, key == "updated_at")
        : throw new InvalidOperationException($"No field {key}.");

    private static object? Value(Target target, Record record)
    {
        if (target.Field is { } field)
        {
            // The evaluator works on labels, as the README's rules are written; select values read as choices.
            return record[field.Id] switch
            {
                long whole => (double)whole,
                SelectChoice choice => choice.Label,
                IReadOnlyList<SelectChoice> choices => choices.Select(c => c.Label).ToList(),
                var value => value,
            };
        }

        return target.UpdatedAt ? record.UpdatedAt : record.CreatedAt;
    }

    private static int CompareValues(Field? field, object? a, object? b)
    {
        if (a is null || b is null)
        {
            return (a is null ? 0 : 1) - (b is null ? 0 : 1);
        }

        return (a, b) switch
        {
            (string x, string y) when field?.Type == FieldTypeNames.Select => ChoiceIndex(field, x).CompareTo(ChoiceIndex(field, y)),
            (string x, string y) => string.CompareOrdinal(x.ToLowerInvariant(), y.ToLowerInvariant()),
            (IReadOnlyList<string> x, IReadOnlyList<string> y) => ChoiceIndex(field!, x[0]).CompareTo(ChoiceIndex(field!, y[0])),
            (double x, double y) => x.CompareTo(y),
            (bool x, bool y) => x.CompareTo(y),
            (DateOnly x, DateOnly y) => x.CompareTo(y),
            (DateTimeOffset x, DateTimeOffset y) => x.CompareTo(y),
            _ => throw new InvalidOperationException($"Cannot compare {a.GetType()} with {b.GetType()}."),
        };
    }

    private static IEnumerable<JsonElement> Choices(Field field) => field.Options.GetProperty("choices").EnumerateArray();

    private static int ChoiceIndex(Field field, string label) =>
        Choices(field).Select((c, i) => (Label: c.GetProperty("label").GetString(), Index: i)).First(c => c.Label == label).Index;

    private static string ChoiceIdOf(Field field, string label) =>
        Choices(field).First(c => c.GetProperty("label").GetString() == label).GetProperty("id").GetString()!;

    /// <summary>The choices a right side names: by choice ID, else by label ignoring case; an unknown name is null, which nothing holds.</summary>
    private static List<string?> ChoiceIds(Field field, JsonElement right) => List(right)
        .Select(Text)
        .Select(name => Choices(field).FirstOrDefault(c => c.GetProperty("id").GetString() == name) is { ValueKind: JsonValueKind.Object } byId
            ? byId.GetProperty("id").GetString()
            : Choices(field).Where(c => c.GetProperty("label").GetString()!.ToLowerInvariant() == name.ToLowerInvariant()).Select(c => c.GetProperty("id").GetString()).FirstOrDefault())
        .ToList();

    private static IEnumerable<JsonElement> List(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [value];

    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    private static double Number(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number ? value.GetDouble() : double.Parse(value.GetString()!, CultureInfo.InvariantCulture);

    private static bool Flag(JsonElement value) => value.ValueKind == JsonValueKind.True
        || (value.ValueKind == JsonValueKind.String && bool.Parse(value.GetString()!));

    private (DateTimeOffset Start, DateTimeOffset End) Range(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            var instant = DateTimeOffset.FromUnixTimeMilliseconds(value.GetInt64());
            return (instant, instant.AddMilliseconds(1));
        }

        var text = value.GetString()!.Trim();
        if (text.StartsWith("PREDEFINED:", StringComparison.Ordinal))
        {
            return Predefined(text["PREDEFINED:".Length..]);
        }

        if (text.StartsWith("RELATIVE_DATE:", StringComparison.Ordinal))
        {
            var parts = text["RELATIVE_DATE:".Length..].Split(':');
            var step = parts[0] switch { "THIS" => 0, "NEXT" => 1, _ => -1 };
            return int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var days)
                ? Days(Today().AddDays(step * days), 1)
                : Period(parts[1], step);
        }

        if (text.Length == 10)
        {
            return Days(DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture), 1);
        }

        var parsed = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var ms = DateTimeOffset.FromUnixTimeMilliseconds(parsed.ToUnixTimeMilliseconds());
        return (ms, ms.AddMilliseconds(1));
    }

    private (DateTimeOffset Start, DateTimeOffset End) Predefined(string token)
    {
        if (token.EndsWith("_DAYS_AGO", StringComparison.Ordinal))
        {
            return Days(Today().AddDays(-int.Parse(token[..^"_DAYS_AGO".Length], CultureInfo.InvariantCulture)), 1);
        }

        if (token.EndsWith("_DAYS_FROM_NOW", StringComparison.Ordinal))
        {
            return Days(Today().AddDays(int.Parse(token[..^"_DAYS_FROM_NOW".Length], CultureInfo.InvariantCulture)), 1);
        }

        return token switch
        {
            "TODAY" => Days(Today(), 1),
            "YESTERDAY" => Days(Today().AddDays(-1), 1),
            "TOMORROW" => Days(Today().AddDays(1), 1),
            _ => Period(token[(token.IndexOf('_', StringComparison.Ordinal) + 1)..], token.Split('_')[0] switch { "THIS" => 0, "NEXT" => 1, _ => -1 }),
        };
    }

    private (DateTimeOffset Start, DateTimeOffset End) Period(string unit, int step)
    {
        var today = Today();
        switch (unit)
        {
            case "DAY":
                return Days(today.AddDays(step), 1);
            case "WEEK":
                var monday = today.AddDays(-((int)today.DayOfWeek + 6) % 7).AddDays(7 * step);
                return Days(monday, 7);
            case "MONTH":
                var month = new DateOnly(today.Year, today.Month, 1).AddMonths(step);
                return (Midnight(month), Midnight(month.AddMonths(1)));
            case "QUARTER":
                var quarter = new DateOnly(today.Year, today.Month - ((today.Month - 1) % 3), 1).AddMonths(3 * step);
                return (Midnight(quarter), Midnight(quarter.AddMonths(3)));
            default:
                var year = new DateOnly(today.Year + step, 1, 1);
                return (Midnight(year), Midnight(year.AddYears(1)));
        }
    }

    private (DateTimeOffset Start, DateTimeOffset End) Days(DateOnly first, int count) => (Midnight(first), Midnight(first.AddDays(count)));

    private DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);

    private DateTimeOffset Midnight(DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), zone), TimeSpan.Zero);

    private readonly record struct Target(Field? Field, bool UpdatedAt);
}
