namespace SoftrLite.Formula;

/// <summary>Reads text with a Moment-style pattern (as <c>DATETIME_PARSE</c> does); lenient about separators, strict about values.</summary>
internal static class DatePatternParser
{
    private static readonly string[] MonthNames = System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    /// <summary>Parses <paramref name="text"/>; a pattern without time tokens gives a date, otherwise an instant (zone-less: in <paramref name="zone"/>).</summary>
    public static bool TryParse(string text, string pattern, TimeZoneInfo zone, out Moment moment)
    {
        moment = default;
        var state = new ParsedDateParts();
        var position = 0;
        if (!Consume(text, ref position, pattern, ref state))
        {
            return false;
        }

        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position == text.Length && state.TryBuild(zone, out moment);
    }

    private static bool Consume(string text, ref int position, string pattern, ref ParsedDateParts parts)
    {
        var scanner = new DatePatternScanner(pattern);
        while (scanner.Next(out var token))
        {
            if (token.Kind == DateTokenKind.Literal)
            {
                for (var i = 0; i < token.Length; i++)
                {
                    if (!MatchLiteral(text, ref position, pattern[token.Start + i]))
                    {
                        return false;
                    }
                }

                continue;
            }

            parts.HasTime |= DatePatternScanner.IsTimeToken(token);
            var ok = token.Kind == DateTokenKind.Localized
                ? Consume(text, ref position, token.Expansion!, ref parts)
                : ConsumeToken(text, ref position, token, ref parts);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool MatchLiteral(string text, ref int position, char expected)
    {
        if (position < text.Length && text[position] == expected)
        {
            position++;
            return true;
        }

        // A separator in the pattern accepts any other separator in the text; a space may also be missing.
        if (position < text.Length && !char.IsLetterOrDigit(expected) && !char.IsLetterOrDigit(text[position]))
        {
            position++;
            return true;
        }

        return char.IsWhiteSpace(expected);
    }

    private static bool ConsumeToken(string text, ref int position, DateToken token, ref ParsedDateParts parts)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        long value;
        switch (token.Kind)
        {
            case DateTokenKind.Year4:
                return ReadNumber(text, ref position, 4, out value) && ParsedDateParts.Set(ref parts.Year, value);
            case DateTokenKind.Year2:
                return ReadNumber(text, ref position, 2, out value) && ParsedDateParts.Set(ref parts.Year, value + (value > 68 ? 1900 : 2000));
            case DateTokenKind.Year:
                return ReadNumber(text, ref position, 6, out value) && ParsedDateParts.Set(ref parts.Year, value);
            case DateTokenKind.Month or DateTokenKind.Month2:
                return ReadNumber(text, ref position, 2, out value) && SkipOrdinal(text, ref position, token) && ParsedDateParts.Set(ref parts.Month, value);
            case DateTokenKind.MonthShort or DateTokenKind.MonthLong:
                return ReadMonthName(text, ref position, out value) && ParsedDateParts.Set(ref parts.Month, value);
            case DateTokenKind.Day or DateTokenKind.Day2:
                return ReadNumber(text, ref position, 2, out value) && SkipOrdinal(text, ref position, token) && ParsedDateParts.Set(ref parts.Day, value);
            case DateTokenKind.DayOfYear or DateTokenKind.DayOfYear3:
                return ReadNumber(text, ref position, 3, out value) && SkipOrdinal(text, ref position, token) && ParsedDateParts.Set(ref parts.DayOfYear, value);
            case DateTokenKind.WeekdayMin or DateTokenKind.WeekdayShort or DateTokenKind.WeekdayLong:
                return ReadLetters(text, ref position) > 0;
            case DateTokenKind.Hour or DateTokenKind.Hour2 or DateTokenKind.Hour12 or DateTokenKind.Hour12Padded:
                return ReadNumber(text, ref position, 2, out value) && ParsedDateParts.Set(ref parts.Hour, value);
            case DateTokenKind.Hour24 or DateTokenKind.Hour24Padded:
                return ReadNumber(text, ref position, 2, out value) && ParsedDateParts.Set(ref parts.Hour, value == 24 ? 0 : value);
            case DateTokenKind.Minute or DateTokenKind.Minute2:
                return ReadNumber(text, ref position, 2, out value) && ParsedDateParts.Set(ref parts.Minute, value);
            case DateTokenKind.Second or DateTokenKind.Second2:
                return ReadNumber(text, ref position, 2, out value) && ParsedDateParts.Set(ref parts.Second, value);
            case DateTokenKind.Fraction:
                return ReadFraction(text, ref position, ref parts);
            case DateTokenKind.AmPmUpper or DateTokenKind.AmPmLower:
                return ReadAmPm(text, ref position, ref parts);
            case DateTokenKind.Offset or DateTokenKind.OffsetCompact:
                return ReadOffset(text, ref position, ref parts);
            case DateTokenKind.UnixSeconds or DateTokenKind.UnixMilliseconds:
                return ReadUnix(text, ref position, token.Kind == DateTokenKind.UnixSeconds ? TimeSpan.TicksPerSecond : TimeSpan.TicksPerMillisecond, ref parts);
            case DateTokenKind.ZoneName:
                return ReadZoneName(text, ref position) > 0;
            default:
                // Quarters, weekday numbers, week numbers and week years are read and not used.
                return ReadNumber(text, ref position, 4, out _) && SkipOrdinal(text, ref position, token);
        }
    }

    private static bool ReadNumber(string text, ref int position, int maxDigits, out long value)
    {
        value = 0;
        var start = position;
        while (position < text.Length && position - start < maxDigits && char.IsAsciiDigit(text[position]))
        {
            value = (value * 10) + (text[position] - '0');
            position++;
        }

        return position > start;
    }

    private static bool SkipOrdinal(string text, ref int position, DateToken token)
    {
        if (token.Ordinal && position + 1 < text.Length && text.AsSpan(position, 2) is "st" or "nd" or "rd" or "th" or "ST" or "ND" or "RD" or "TH")
        {
            position += 2;
        }

        return true;
    }

    private static int ReadLetters(string text, ref int position)
    {
        var start = position;
        while (position < text.Length && char.IsLetter(text[position]))
        {
            position++;
        }

        return position - start;
    }

    private static int ReadZoneName(string text, ref int position)
    {
        var start = position;
        while (position < text.Length && (char.IsLetter(text[position]) || text[position] is '/' or '_'))
        {
            position++;
        }

        return position - start;
    }

    private static bool ReadMonthName(string text, ref int position, out long month)
    {
        month = 0;
        var start = position;
        var length = ReadLetters(text, ref position);
        if (length < 3)
        {
            return false;
        }

        var word = text.AsSpan(start, length);
        for (var i = 0; i < 12; i++)
        {
            var name = MonthNames[i].AsSpan();
            if (word.Equals(name, StringComparison.OrdinalIgnoreCase) || word.Equals(name[..3], StringComparison.OrdinalIgnoreCase)
                || (i == 8 && word.Equals("sept", StringComparison.OrdinalIgnoreCase)))
            {
                month = i + 1;
                return true;
            }
        }

        return false;
    }

    private static bool ReadFraction(string text, ref int position, ref ParsedDateParts parts)
    {
        var start = position;
        long ticks = 0;
        long scale = TimeSpan.TicksPerSecond;
        while (position < text.Length && char.IsAsciiDigit(text[position]))
        {
            scale /= 10;
            ticks += (text[position] - '0') * scale;
            position++;
        }

        parts.FractionTicks = ticks;
        return position > start;
    }

    private static bool ReadAmPm(string text, ref int position, ref ParsedDateParts parts)
    {
        if (position + 1 < text.Length && text[position + 1] is 'm' or 'M' && text[position] is 'a' or 'A' or 'p' or 'P')
        {
            parts.IsPm = text[position] is 'p' or 'P';
            position += 2;
            return true;
        }

        return false;
    }

    private static bool ReadOffset(string text, ref int position, ref ParsedDateParts parts)
    {
        var start = position;
        if (position < text.Length && text[position] is 'Z' or 'z')
        {
            position++;
            parts.Offset = TimeSpan.Zero;
            return true;
        }

        if (position >= text.Length)
        {
            return false;
        }

        position++;
        while (position < text.Length && (char.IsAsciiDigit(text[position]) || text[position] == ':') && position - start < 6)
        {
            position++;
        }

        if (!DateText.TryParseOffset(text.AsSpan(start, position - start), out var offset))
        {
            return false;
        }

        parts.Offset = offset;
        return true;
    }

    private static bool ReadUnix(string text, ref int position, long ticksPerUnit, ref ParsedDateParts parts)
    {
        var start = position;
        if (position < text.Length && text[position] is '-' or '+')
        {
            position++;
        }

        while (position < text.Length && (char.IsAsciiDigit(text[position]) || text[position] == '.'))
        {
            position++;
        }

        if (!Numbers.TryParse(text.AsSpan(start, position - start), out var units))
        {
            return false;
        }

        var ticks = (units * ticksPerUnit) + DateTimeOffset.UnixEpoch.UtcTicks;
        if (ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return false;
        }

        parts.UnixTicks = (long)ticks;
        return true;
    }
}
