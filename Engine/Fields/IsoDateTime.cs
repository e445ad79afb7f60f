using System.Globalization;

namespace SoftrLite.Fields;

/// <summary>
/// Parses the ISO 8601 forms DATE and DATETIME accept, by position (no regular expressions):
/// <c>yyyy-MM-dd</c>, or <c>yyyy-MM-ddTHH:mm[:ss[.fffffff]]</c> followed by <c>Z</c>, <c>±hh:mm</c> or nothing.
/// </summary>
internal static class IsoDateTime
{
    public const string DateFormat = "yyyy-MM-dd";
    public const string StoredFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
    private const int DateLength = 10;
    private const int MaxOffsetHours = 14;
    private const int MaxFractionDigits = 7;

    /// <summary>Reads a calendar date written exactly <c>yyyy-MM-dd</c>.</summary>
    public static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.Length != DateLength || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        var year = Digits(text, 0, 4);
        var month = Digits(text, 5, 2);
        var day = Digits(text, 8, 2);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>
    /// Reads a date-time: <paramref name="local"/> as written (unspecified kind), and its offset when one was
    /// given (<see langword="null"/> when the writer left it to the field's time zone).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateTime local, out TimeSpan? offset)
    {
        local = default;
        offset = null;
        if (text.Length < DateLength || !TryParseDate(text[..DateLength], out var date))
        {
            return false;
        }

        if (text.Length == DateLength)
        {
            local = date.ToDateTime(TimeOnly.MinValue);
            return true;
        }

        if (text.Length < 16 || text[10] != 'T' || text[13] != ':')
        {
            return false;
        }

        var hour = Digits(text, 11, 2);
        var minute = Digits(text, 14, 2);
        var second = 0;
        long fraction = 0;
        var i = 16;
        if (i < text.Length && text[i] == ':')
        {
            second = i + 3 <= text.Length ? Digits(text, i + 1, 2) : -1;
            i += 3;
            if (i < text.Length && text[i] == '.')
            {
                i++;
                var start = i;
                while (i < text.Length && char.IsAsciiDigit(text[i]) && i - start < MaxFractionDigits)
                {
                    fraction = (fraction * 10) + (text[i] - '0');
                    i++;
                }

                if (i == start)
                {
                    return false;
                }

                for (var scale = i - start; scale < MaxFractionDigits; scale++)
                {
                    fraction *= 10;
                }
            }
        }

        if (hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59 || !TryParseOffset(text[i..], out offset))
        {
            return false;
        }

        local = date.ToDateTime(new TimeOnly(hour, minute, second)).AddTicks(fraction);
        return true;
    }

    /// <summary>
    /// The UTC instant of a local time in <paramref name="zone"/>. A time skipped by a daylight-saving change is read
    /// with the offset before the change (02:30 in a spring-forward gap is 03:30 after it); a repeated time is read as
    /// its first occurrence. <see langword="false"/> when the instant falls outside the years 1–9999.
    /// </summary>
    public static bool TryToUtc(DateTime local, TimeSpan? offset, TimeZoneInfo zone, out DateTime utc)
    {
        var shift = offset ?? ZoneOffset(local, zone);
        var ticks = local.Ticks - shift.Ticks;
        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
        {
            utc = default;
            return false;
        }

        utc = new DateTime(ticks - (ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
        return true;
    }

    public static string FormatUtc(DateTime utc) => utc.ToString(StoredFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseUtc(string stored) => new(
        DateTime.ParseExact(stored, StoredFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
        TimeSpan.Zero);

    private static TimeSpan ZoneOffset(DateTime local, TimeZoneInfo zone)
    {
        if (zone.IsAmbiguousTime(local))
        {
            // The larger offset gives the earlier instant: the first time the clock showed this time.
            var offsets = zone.GetAmbiguousTimeOffsets(local);
            var largest = offsets[0];
            foreach (var candidate in offsets)
            {
                largest = candidate > largest ? candidate : largest;
            }

            return largest;
        }

        // For a skipped time TimeZoneInfo answers the standard offset: for a daylight-saving gap, the one before it.
        return zone.GetUtcOffset(local);
    }

    private static bool TryParseOffset(ReadOnlySpan<char> text, out TimeSpan? offset)
    {
        offset = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (text is "Z")
        {
            offset = TimeSpan.Zero;
            return true;
        }

        if (text.Length != 6 || text[0] is not ('+' or '-') || text[3] != ':')
        {
            return false;
        }

        var hours = Digits(text, 1, 2);
        var minutes = Digits(text, 4, 2);
        if (hours < 0 || minutes is < 0 or > 59 || (hours * 60) + minutes > MaxOffsetHours * 60)
        {
            return false;
        }

        var span = new TimeSpan(hours, minutes, 0);
        offset = text[0] == '-' ? -span : span;
        return true;
    }

    /// <summary>The number written by <paramref name="count"/> ASCII digits at <paramref name="start"/>, or -1.</summary>
    private static int Digits(ReadOnlySpan<char> text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return -1;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }
}
