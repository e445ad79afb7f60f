namespace SoftrLite.Formula;

/// <summary>Splits a Moment-style date pattern into tokens; unknown letters are literal, <c>[text]</c> and <c>\x</c> escape.</summary>
internal ref struct DatePatternScanner
{
    // Entries grouped by first letter ('A'..'z'), longest first, so a token is found by looking at a handful of candidates.
    private static readonly (string Text, DateTokenKind Kind, bool Ordinal, string? Expansion)[][] TableByLetter = BuildTable();

    private readonly string _pattern;
    private int _position;

    /// <summary>Starts scanning <paramref name="pattern"/>.</summary>
    public DatePatternScanner(string pattern)
    {
        _pattern = pattern;
        _position = 0;
    }

    /// <summary>Reads the next token; false at the end of the pattern.</summary>
    public bool Next(out DateToken token)
    {
        var p = _pattern;
        var i = _position;
        if (i >= p.Length)
        {
            token = default;
            return false;
        }

        var c = p[i];
        if (c == '[')
        {
            var close = p.IndexOf(']', i + 1);
            var open = p.IndexOf('[', i + 1);
            if (close > i && (open < 0 || open > close))
            {
                token = new DateToken(DateTokenKind.Literal, i + 1, close - i - 1, false, null);
                _position = close + 1;
                return true;
            }
        }
        else if (c == '\\' && i + 1 < p.Length)
        {
            token = new DateToken(DateTokenKind.Literal, i + 1, 1, false, null);
            _position = i + 2;
            return true;
        }
        else if (c == 'S')
        {
            var end = i;
            while (end < p.Length && end - i < 9 && p[end] == 'S')
            {
                end++;
            }

            token = new DateToken(DateTokenKind.Fraction, i, end - i, false, null);
            _position = end;
            return true;
        }
        else if (char.IsAsciiLetter(c))
        {
            foreach (var entry in TableByLetter[c - 'A'])
            {
                if (string.CompareOrdinal(p, i, entry.Text, 0, entry.Text.Length) == 0)
                {
                    token = new DateToken(entry.Kind, i, entry.Text.Length, entry.Ordinal, entry.Expansion);
                    _position = i + entry.Text.Length;
                    return true;
                }
            }
        }

        token = new DateToken(DateTokenKind.Literal, i, 1, false, null);
        _position = i + 1;
        return true;
    }

    /// <summary>Whether a token (or a localized token's expansion) carries a time of day.</summary>
    public static bool IsTimeToken(DateToken token) => token.Kind switch
    {
        >= DateTokenKind.Hour and <= DateTokenKind.UnixMilliseconds => true,
        DateTokenKind.Localized => HasTime(token.Expansion!),
        _ => false,
    };

    /// <summary>Whether <paramref name="pattern"/> contains any time-of-day token.</summary>
    public static bool HasTime(string pattern)
    {
        var scanner = new DatePatternScanner(pattern);
        while (scanner.Next(out var token))
        {
            if (IsTimeToken(token))
            {
                return true;
            }
        }

        return false;
    }

    private static (string, DateTokenKind, bool, string?)[][] BuildTable()
    {
        (string, DateTokenKind, bool, string?)[] entries =
        [
            ("LLLL", DateTokenKind.Localized, false, "dddd, MMMM D, YYYY h:mm A"),
            ("llll", DateTokenKind.Localized, false, "ddd, MMM D, YYYY h:mm A"),
            ("LLL", DateTokenKind.Localized, false, "MMMM D, YYYY h:mm A"),
            ("lll", DateTokenKind.Localized, false, "MMM D, YYYY h:mm A"),
            ("LTS", DateTokenKind.Localized, false, "h:mm:ss A"),
            ("LL", DateTokenKind.Localized, false, "MMMM D, YYYY"),
            ("ll", DateTokenKind.Localized, false, "MMM D, YYYY"),
            ("LT", DateTokenKind.Localized, false, "h:mm A"),
            ("L", DateTokenKind.Localized, false, "MM/DD/YYYY"),
            ("l", DateTokenKind.Localized, false, "M/D/YYYY"),
            ("YYYY", DateTokenKind.Year4, false, null),
            ("YY", DateTokenKind.Year2, false, null),
            ("Y", DateTokenKind.Year, false, null),
            ("Qo", DateTokenKind.Quarter, true, null),
            ("Q", DateTokenKind.Quarter, false, null),
            ("MMMM", DateTokenKind.MonthLong, false, null),
            ("MMM", DateTokenKind.MonthShort, false, null),
            ("Mo", DateTokenKind.Month, true, null),
            ("MM", DateTokenKind.Month2, false, null),
            ("M", DateTokenKind.Month, false, null),
            ("DDDo", DateTokenKind.DayOfYear, true, null),
            ("DDDD", DateTokenKind.DayOfYear3, false, null),
            ("DDD", DateTokenKind.DayOfYear, false, null),
            ("Do", DateTokenKind.Day, true, null),
            ("DD", DateTokenKind.Day2, false, null),
            ("D", DateTokenKind.Day, false, null),
            ("dddd", DateTokenKind.WeekdayLong, false, null),
            ("ddd", DateTokenKind.WeekdayShort, false, null),
            ("do", DateTokenKind.Weekday, true, null),
            ("dd", DateTokenKind.WeekdayMin, false, null),
            ("d", DateTokenKind.Weekday, false, null),
            ("e", DateTokenKind.Weekday, false, null),
            ("E", DateTokenKind.IsoWeekday, false, null),
            ("wo", DateTokenKind.Week, true, null),
            ("ww", DateTokenKind.Week2, false, null),
            ("w", DateTokenKind.Week, false, null),
            ("Wo", DateTokenKind.IsoWeek, true, null),
            ("WW", DateTokenKind.IsoWeek2, false, null),
            ("W", DateTokenKind.IsoWeek, false, null),
            ("gggg", DateTokenKind.WeekYear, false, null),
            ("gg", DateTokenKind.WeekYear2, false, null),
            ("GGGG", DateTokenKind.IsoWeekYear, false, null),
            ("GG", DateTokenKind.IsoWeekYear2, false, null),
            ("HH", DateTokenKind.Hour2, false, null),
            ("H", DateTokenKind.Hour, false, null),
            ("hh", DateTokenKind.Hour12Padded, false, null),
            ("h", DateTokenKind.Hour12, false, null),
            ("kk", DateTokenKind.Hour24Padded, false, null),
            ("k", DateTokenKind.Hour24, false, null),
            ("mm", DateTokenKind.Minute2, false, null),
            ("m", DateTokenKind.Minute, false, null),
            ("ss", DateTokenKind.Second2, false, null),
            ("s", DateTokenKind.Second, false, null),
            ("A", DateTokenKind.AmPmUpper, false, null),
            ("a", DateTokenKind.AmPmLower, false, null),
            ("ZZ", DateTokenKind.OffsetCompact, false, null),
            ("Z", DateTokenKind.Offset, false, null),
            ("X", DateTokenKind.UnixSeconds, false, null),
            ("x", DateTokenKind.UnixMilliseconds, false, null),
            ("zz", DateTokenKind.ZoneName, false, null),
            ("z", DateTokenKind.ZoneName, false, null),
        ];
        var byLetter = new (string, DateTokenKind, bool, string?)[('z' - 'A') + 1][];
        for (var letter = 'A'; letter <= 'z'; letter++)
        {
            var first = letter;
            byLetter[letter - 'A'] = [.. entries.Where(e => e.Item1[0] == first).OrderByDescending(e => e.Item1.Length)];
        }

        return byLetter;
    }
}
