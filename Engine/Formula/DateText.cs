using System.Globalization;

namespace SoftrLite.Formula;

/// <summary>Reads dates written as text: ISO 8601 first, then common invariant-culture forms ("06/15/2025", "June 15, 2025").</summary>
internal static class DateText
{
    /// <summary>Parses <paramref name="text"/>; date-only text gives a date, text with a time gives an instant (zone-less: in <paramref name="zone"/>).</summary>
    public static bool TryParse(string text, TimeZoneInfo zone, out Moment moment)
    {
        var span = text.AsSpan().Trim();
        if (TryParseIso(span, zone, out moment))
        {
            return true;
        }

        return TryParseLoose(span, zone, out moment);
    }

    private static bool TryParseIso(ReadOnlySpan<char> s, TimeZoneInfo zone, out Moment moment)
    {
        moment = default;
        if (s.Length < 10 || s[4] != '-' || s[7] != '-'
            || !TryDigits(s[..4], out var year) || !TryDigits(s.Slice(5, 2), out var month) || !TryDigits(s.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var date = new DateOnly(year, month, day);
        if (s.Length == 10)
        {
            moment = Moment.FromDate(date);
            return true;
        }

        if (s[10] is not ('T' or 't' or ' '))
        {
            return false;
        }

        var rest = s[11..].TrimStart();
        if (!TryParseTime(ref rest, out var time))
        {
            return false;
        }

        var local = date.ToDateTime(TimeOnly.MinValue).Add(time);
        rest = rest.TrimStart();
        if (rest.IsEmpty)
        {
            moment = Moment.FromInstant(ZoneMath.ToUtc(local, zone), null);
            return true;
        }

        if (!TryParseOffset(rest, out var offset))
        {
            return false;
        }

        moment = Moment.FromInstant(new DateTimeOffset(local.Ticks - offset.Ticks, TimeSpan.Zero), null);
        return true;
    }

    /// <summary>Reads <c>HH:mm[:ss[.fraction]]</c> from the start of <paramref name="s"/>, advancing it.</summary>
    private static bool TryParseTime(ref ReadOnlySpan<char> s, out TimeSpan time)
    {
        time = default;
        if (s.Length < 5 || s[2] != ':' || !TryDigits(s[..2], out var hour) || !TryDigits(s.Slice(3, 2), out var minute)
            || hour > 23 || minute > 59)
        {
            return false;
        }

        var second = 0;
        long fractionTicks = 0;
        s = s[5..];
        if (s.Length >= 3 && s[0] == ':')
        {
            if (!TryDigits(s.Slice(1, 2), out second) || second > 59)
            {
                return false;
            }

            s = s[3..];
            if (s.Length >= 2 && s[0] is '.' or ',' && char.IsAsciiDigit(s[1]))
            {
                var length = 1;
                long scale = TimeSpan.TicksPerSecond;
                while (length < s.Length && char.IsAsciiDigit(s[length]))
                {
                    scale /= 10;
                    fractionTicks += (s[length] - '0') * scale;
                    length++;
                }

                s = s[length..];
            }
        }

        time = new TimeSpan(0, hour, minute, second).Add(TimeSpan.FromTicks(fractionTicks));
        return true;
    }

    /// <summary>Reads a whole offset: <c>Z</c>, <c>±HH</c>, <c>±HHmm</c> or <c>±HH:mm</c>.</summary>
    public static bool TryParseOffset(ReadOnlySpan<char> s, out TimeSpan offset)
    {
        offset = default;
        if (s is "Z" or "z")
        {
            return true;
        }

        if (s.Length < 3 || s[0] is not ('+' or '-') || !TryDigits(s.Slice(1, 2), out var hours))
        {
            return false;
        }

        var minutes = 0;
        var tail = s[3..];
        if (tail.Length > 0 && tail[0] == ':')
        {
            tail = tail[1..];
        }

        if (tail.Length == 2 && TryDigits(tail, out var parsed))
        {
            minutes = parsed;
        }
        else if (tail.Length != 0)
        {
            return false;
        }

        if (hours > 18 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0);
        if (s[0] == '-')
        {
            offset = -offset;
        }

        return true;
    }

    private static bool TryParseLoose(ReadOnlySpan<char> s, TimeZoneInfo zone, out Moment moment)
    {
        moment = default;

        // Without a four-digit year the runtime would fill in the current year from the machine clock.
        const DateTimeStyles styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.NoCurrentDateDefault | DateTimeStyles.AdjustToUniversal;
        if (!HasFourDigitRun(s) || !DateTime.TryParse(s, CultureInfo.InvariantCulture, styles, out var parsed) || parsed.Year == 1)
        {
            return false;
        }

        if (parsed.Kind == DateTimeKind.Utc)
        {
            moment = Moment.FromInstant(new DateTimeOffset(parsed.Ticks, TimeSpan.Zero), null);
            return true;
        }

        if (parsed.TimeOfDay == TimeSpan.Zero && !s.Contains(':'))
        {
            moment = Moment.FromDate(DateOnly.FromDateTime(parsed));
            return true;
        }

        moment = Moment.FromInstant(ZoneMath.ToUtc(parsed, zone), null);
        return true;
    }

    private static bool HasFourDigitRun(ReadOnlySpan<char> s)
    {
        var run = 0;
        foreach (var c in s)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return s.Length > 0;
    }
}
