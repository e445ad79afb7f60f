using SoftrLite.Fields;
using System.Globalization;
using System.Text.Json;
using SoftrLite.Errors;

namespace SoftrLite.Query;

/// <summary>
/// Resolves the date values a filter may hold into time ranges: ISO dates (a whole day) and date-times (an instant),
/// epoch milliseconds, <c>PREDEFINED:TOKEN</c> and <c>RELATIVE_DATE:PERIOD:UNIT</c>, against the engine's clock and zone.
/// </summary>
internal sealed class DateValues(DateTimeOffset now, TimeZoneInfo zone)
{
    private const string Predefined = "PREDEFINED:";
    private const string Relative = "RELATIVE_DATE:";

    public TimeZoneInfo Zone => zone;

    public DateRange Resolve(JsonElement value, string leftSide)
    {
        try
        {
            return ResolveValue(value, leftSide);
        }
        catch (ArgumentOutOfRangeException)
        {
            // Epochs and day counts past year 9999 (or before year 1) name no representable date.
            throw SoftrErrors.BadDateValue(leftSide, JsonDescriber.Describe(value));
        }
    }

    private DateRange ResolveValue(JsonElement value, string leftSide)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var epoch))
        {
            return Instant(DateTimeOffset.FromUnixTimeMilliseconds(epoch));
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : null;
        return text switch
        {
            null => throw SoftrErrors.BadDateValue(leftSide, JsonDescriber.Describe(value)),
            _ when text.StartsWith(Predefined, StringComparison.OrdinalIgnoreCase) => PredefinedRange(text[Predefined.Length..], leftSide, text),
            _ when text.StartsWith(Relative, StringComparison.OrdinalIgnoreCase) => RelativeRange(text[Relative.Length..], leftSide, text),
            _ => Literal(text, leftSide),
        };
    }

    /// <summary>
    /// A date (<c>yyyy-MM-dd</c>, the whole day) or a date-time (one instant), read by the parser that DATE and DATETIME
    /// writes use, so a filter accepts exactly the strings a write accepts. Without an offset a date-time is read in the
    /// engine's zone, as a write without one would be.
    /// </summary>
    private DateRange Literal(string text, string leftSide)
    {
        if (IsoDateTime.TryParseDate(text, out var date))
        {
            return Day(date);
        }

        if (IsoDateTime.TryParse(text, out var local, out var offset) && IsoDateTime.TryToUtc(local, offset, zone, out var utc))
        {
            return Instant(new DateTimeOffset(utc));
        }

        throw SoftrErrors.BadDateValue(leftSide, $"the string \"{text}\"");
    }

    private DateRange PredefinedRange(string token, string leftSide, string text)
    {
        var today = Today();
        var upper = token.ToUpperInvariant();
        switch (upper)
        {
            case "TODAY": return Day(today);
            case "YESTERDAY": return Day(today.AddDays(-1));
            case "TOMORROW": return Day(today.AddDays(1));
            case "THIS_WEEK": return Week(today, 0);
            case "LAST_WEEK" or "PAST_WEEK": return Week(today, -1);
            case "NEXT_WEEK": return Week(today, 1);
            case "THIS_MONTH": return Month(today, 0);
            case "LAST_MONTH" or "PAST_MONTH": return Month(today, -1);
            case "NEXT_MONTH": return Month(today, 1);
            case "THIS_QUARTER": return Quarter(today, 0);
            case "LAST_QUARTER" or "PAST_QUARTER": return Quarter(today, -1);
            case "NEXT_QUARTER": return Quarter(today, 1);
            case "THIS_YEAR": return Year(today, 0);
            case "LAST_YEAR" or "PAST_YEAR": return Year(today, -1);
            case "NEXT_YEAR": return Year(today, 1);
        }

        if (TryDays(upper, "_DAYS_AGO", out var ago))
        {
            return Day(today.AddDays(-ago));
        }

        if (TryDays(upper, "_DAYS_FROM_NOW", out var ahead))
        {
            return Day(today.AddDays(ahead));
        }

        throw SoftrErrors.BadDateValue(leftSide, $"the string \"{text}\"");
    }

    private DateRange RelativeRange(string spec, string leftSide, string text)
    {
        var parts = spec.ToUpperInvariant().Split(':');
        if (parts.Length != 2)
        {
            throw SoftrErrors.BadDateValue(leftSide, $"the string \"{text}\"");
        }

        var step = parts[0] switch
        {
            "THIS" => 0,
            "PAST" or "LAST" => -1,
            "NEXT" => 1,
            _ => throw SoftrErrors.BadDateValue(leftSide, $"the string \"{text}\""),
        };
        var today = Today();
        if (int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var days) && step != 0)
        {
            return Day(today.AddDays(step * days));
        }

        return parts[1] switch
        {
            "DAY" => Day(today.AddDays(step)),
            "WEEK" => Week(today, step),
            "MONTH" => Month(today, step),
            "QUARTER" => Quarter(today, step),
            "YEAR" => Year(today, step),
            _ => throw SoftrErrors.BadDateValue(leftSide, $"the string \"{text}\""),
        };
    }

    private static bool TryDays(string token, string suffix, out int days)
    {
        days = 0;
        return token.EndsWith(suffix, StringComparison.Ordinal)
            && int.TryParse(token[..^suffix.Length], NumberStyles.None, CultureInfo.InvariantCulture, out days);
    }

    private DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);

    // Ranges are half-open; one that would end past the last representable instant ends at MaxValue, which the
    // SQL builder reads as "after every stored value".
    private static DateRange Instant(DateTimeOffset instant)
    {
        var start = DateTimeOffset.FromUnixTimeMilliseconds(instant.ToUnixTimeMilliseconds());
        return new DateRange(start, start >= DateTimeOffset.MaxValue.AddMilliseconds(-1) ? DateTimeOffset.MaxValue : start.AddMilliseconds(1));
    }

    private DateRange Days(DateOnly first, DateOnly? afterLast) =>
        new(Midnight(first), afterLast is { } end ? Midnight(end) : DateTimeOffset.MaxValue);

    private DateRange Day(DateOnly day) => Days(day, day == DateOnly.MaxValue ? null : day.AddDays(1));

    private DateRange Week(DateOnly today, int step)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7) + (7 * step));
        return Days(monday, monday.AddDays(7));
    }

    private DateRange Month(DateOnly today, int step)
    {
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(step);
        return Days(first, first.AddMonths(1));
    }

    private DateRange Quarter(DateOnly today, int step)
    {
        var first = new DateOnly(today.Year, (((today.Month - 1) / 3) * 3) + 1, 1).AddMonths(3 * step);
        return Days(first, first.AddMonths(3));
    }

    private DateRange Year(DateOnly today, int step)
    {
        var first = new DateOnly(today.Year + step, 1, 1);
        return Days(first, first.AddYears(1));
    }

    private DateTimeOffset Midnight(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
