using System.Globalization;
using System.Text;

namespace SoftrLite.Formula;

/// <summary>Formats dates with Moment-style patterns (option A of the spec's §8.2): <c>MM/DD/YYYY</c>, <c>YYYY-MM-DD HH:mm</c>, …</summary>
internal static class DatePatterns
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
    private static readonly string[] DayNames = CultureInfo.InvariantCulture.DateTimeFormat.DayNames;

    /// <summary>Formats <paramref name="local"/> (a wall-clock time with its offset, in zone <paramref name="zone"/>).</summary>
    public static string Format(DateTimeOffset local, TimeZoneInfo zone, string pattern)
    {
        var builder = new StringBuilder(pattern.Length + 8);
        Append(builder, local, zone, pattern);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, DateTimeOffset local, TimeZoneInfo zone, string pattern)
    {
        var scanner = new DatePatternScanner(pattern);
        while (scanner.Next(out var token))
        {
            if (token.Kind == DateTokenKind.Literal)
            {
                builder.Append(pattern, token.Start, token.Length);
            }
            else if (token.Kind == DateTokenKind.Localized)
            {
                Append(builder, local, zone, token.Expansion!);
            }
            else
            {
                AppendToken(builder, local, zone, token);
            }
        }
    }

    private static void AppendToken(StringBuilder builder, DateTimeOffset local, TimeZoneInfo zone, DateToken token)
    {
        var t = local.DateTime;
        switch (token.Kind)
        {
            case DateTokenKind.Year4:
                Number(builder, t.Year, 4, token);
                break;
            case DateTokenKind.Year2:
                Number(builder, t.Year % 100, 2, token);
                break;
            case DateTokenKind.Year:
                Number(builder, t.Year, 1, token);
                break;
            case DateTokenKind.Quarter:
                Number(builder, ((t.Month - 1) / 3) + 1, 1, token);
                break;
            case DateTokenKind.Month:
                Number(builder, t.Month, 1, token);
                break;
            case DateTokenKind.Month2:
                Number(builder, t.Month, 2, token);
                break;
            case DateTokenKind.MonthShort:
                builder.Append(MonthNames[t.Month - 1], 0, 3);
                break;
            case DateTokenKind.MonthLong:
                builder.Append(MonthNames[t.Month - 1]);
                break;
            case DateTokenKind.Day:
                Number(builder, t.Day, 1, token);
                break;
            case DateTokenKind.Day2:
                Number(builder, t.Day, 2, token);
                break;
            case DateTokenKind.DayOfYear:
                Number(builder, t.DayOfYear, 1, token);
                break;
            case DateTokenKind.DayOfYear3:
                Number(builder, t.DayOfYear, 3, token);
                break;
            case DateTokenKind.Weekday:
                Number(builder, (int)t.DayOfWeek, 1, token);
                break;
            case DateTokenKind.WeekdayMin:
                builder.Append(DayNames[(int)t.DayOfWeek], 0, 2);
                break;
            case DateTokenKind.WeekdayShort:
                builder.Append(DayNames[(int)t.DayOfWeek], 0, 3);
                break;
            case DateTokenKind.WeekdayLong:
                builder.Append(DayNames[(int)t.DayOfWeek]);
                break;
            case DateTokenKind.IsoWeekday:
                Number(builder, t.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)t.DayOfWeek, 1, token);
                break;
            case DateTokenKind.Week or DateTokenKind.Week2:
                Number(builder, LocaleWeek(DateOnly.FromDateTime(t), out _), token.Kind == DateTokenKind.Week ? 1 : 2, token);
                break;
            case DateTokenKind.IsoWeek or DateTokenKind.IsoWeek2:
                Number(builder, ISOWeek.GetWeekOfYear(t), token.Kind == DateTokenKind.IsoWeek ? 1 : 2, token);
                break;
            case DateTokenKind.WeekYear or DateTokenKind.WeekYear2:
                LocaleWeek(DateOnly.FromDateTime(t), out var weekYear);
                Number(builder, token.Kind == DateTokenKind.WeekYear ? weekYear : weekYear % 100, token.Kind == DateTokenKind.WeekYear ? 4 : 2, token);
                break;
            case DateTokenKind.IsoWeekYear or DateTokenKind.IsoWeekYear2:
                var isoYear = ISOWeek.GetYear(t);
                Number(builder, token.Kind == DateTokenKind.IsoWeekYear ? isoYear : isoYear % 100, token.Kind == DateTokenKind.IsoWeekYear ? 4 : 2, token);
                break;
            default:
                AppendTimeToken(builder, local, zone, token);
                break;
        }
    }

    private static void AppendTimeToken(StringBuilder builder, DateTimeOffset local, TimeZoneInfo zone, DateToken token)
    {
        var t = local.DateTime;
        var hour12 = t.Hour % 12 == 0 ? 12 : t.Hour % 12;
        switch (token.Kind)
        {
            case DateTokenKind.Hour or DateTokenKind.Hour2:
                Number(builder, t.Hour, token.Kind == DateTokenKind.Hour ? 1 : 2, token);
                break;
            case DateTokenKind.Hour12 or DateTokenKind.Hour12Padded:
                Number(builder, hour12, token.Kind == DateTokenKind.Hour12 ? 1 : 2, token);
                break;
            case DateTokenKind.Hour24 or DateTokenKind.Hour24Padded:
                Number(builder, t.Hour == 0 ? 24 : t.Hour, token.Kind == DateTokenKind.Hour24 ? 1 : 2, token);
                break;
            case DateTokenKind.Minute or DateTokenKind.Minute2:
                Number(builder, t.Minute, token.Kind == DateTokenKind.Minute ? 1 : 2, token);
                break;
            case DateTokenKind.Second or DateTokenKind.Second2:
                Number(builder, t.Second, token.Kind == DateTokenKind.Second ? 1 : 2, token);
                break;
            case DateTokenKind.Fraction:
                var fraction = (t.Ticks % TimeSpan.TicksPerSecond).ToString("D7", CultureInfo.InvariantCulture).PadRight(9, '0');
                builder.Append(fraction, 0, token.Length);
                break;
            case DateTokenKind.AmPmUpper:
                builder.Append(t.Hour < 12 ? "AM" : "PM");
                break;
            case DateTokenKind.AmPmLower:
                builder.Append(t.Hour < 12 ? "am" : "pm");
                break;
            case DateTokenKind.Offset or DateTokenKind.OffsetCompact:
                var offset = local.Offset;
                builder.Append(offset < TimeSpan.Zero ? '-' : '+');
                offset = offset.Duration();
                builder.Append(offset.Hours.ToString("D2", CultureInfo.InvariantCulture));
                builder.Append(token.Kind == DateTokenKind.Offset ? ":" : "");
                builder.Append(offset.Minutes.ToString("D2", CultureInfo.InvariantCulture));
                break;
            case DateTokenKind.UnixSeconds:
                builder.Append(local.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
                break;
            case DateTokenKind.UnixMilliseconds:
                builder.Append(local.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
                break;
            default:
                builder.Append(zone.Id);
                break;
        }
    }

    /// <summary>The US week of the year (weeks start on Sunday; the week holding 1 January is week 1 of its year).</summary>
    public static int LocaleWeek(DateOnly date, out int weekYear)
    {
        var weekStart = date.AddDays(-(int)date.DayOfWeek);
        weekYear = weekStart.AddDays(6).Year;
        var januaryFirst = new DateOnly(weekYear, 1, 1);
        var firstWeekStart = januaryFirst.AddDays(-(int)januaryFirst.DayOfWeek);
        return ((weekStart.DayNumber - firstWeekStart.DayNumber) / 7) + 1;
    }

    private static void Number(StringBuilder builder, int value, int width, DateToken token)
    {
        var format = width switch
        {
            2 => "D2",
            3 => "D3",
            4 => "D4",
            _ => "D",
        };
        Span<char> digits = stackalloc char[16];
        value.TryFormat(digits, out var written, format, CultureInfo.InvariantCulture);
        builder.Append(digits[..written]);
        if (token.Ordinal)
        {
            builder.Append(OrdinalSuffix(value));
        }
    }

    private static string OrdinalSuffix(int value) => (value % 100) switch
    {
        11 or 12 or 13 => "th",
        _ => (value % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        },
    };
}
