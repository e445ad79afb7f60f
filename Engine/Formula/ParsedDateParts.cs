namespace SoftrLite.Formula;

/// <summary>The parts read by <see cref="DatePatternParser"/> so far, and how they become a date or an instant.</summary>
internal struct ParsedDateParts
{
    /// <summary>The year, if read.</summary>
    public long? Year;

    /// <summary>The month 1–12, if read.</summary>
    public long? Month;

    /// <summary>The day of the month, if read.</summary>
    public long? Day;

    /// <summary>The day of the year, if read.</summary>
    public long? DayOfYear;

    /// <summary>The hour (0–23, or 1–12 with an AM/PM marker), if read.</summary>
    public long? Hour;

    /// <summary>The minute, if read.</summary>
    public long? Minute;

    /// <summary>The second, if read.</summary>
    public long? Second;

    /// <summary>The fraction of the second, in ticks.</summary>
    public long FractionTicks;

    /// <summary>The AM/PM marker: true for PM, false for AM, null when absent.</summary>
    public bool? IsPm;

    /// <summary>The UTC offset written in the text, if any.</summary>
    public TimeSpan? Offset;

    /// <summary>A Unix timestamp in ticks since 0001-01-01 UTC, if read.</summary>
    public long? UnixTicks;

    /// <summary>Whether the pattern had any time-of-day token.</summary>
    public bool HasTime;

    /// <summary>Stores a value read from the text; always succeeds.</summary>
    public static bool Set(ref long? part, long value)
    {
        part = value;
        return true;
    }

    /// <summary>Checks the parts and builds the result; a pattern without a year (or Unix time) cannot be built.</summary>
    public readonly bool TryBuild(TimeZoneInfo zone, out Moment moment)
    {
        moment = default;
        if (UnixTicks is { } unix)
        {
            moment = Moment.FromInstant(new DateTimeOffset(unix, TimeSpan.Zero), null);
            return true;
        }

        if (Year is not { } year || year is < 1 or > 9999 || !TryDate((int)year, out var date) || !TryTime(out var time))
        {
            return false;
        }

        if (!HasTime)
        {
            moment = Moment.FromDate(date);
            return true;
        }

        var local = date.ToDateTime(TimeOnly.MinValue).Add(time);
        var instant = Offset is { } offset
            ? new DateTimeOffset(local.Ticks - offset.Ticks, TimeSpan.Zero)
            : ZoneMath.ToUtc(local, zone);
        moment = Moment.FromInstant(instant, null);
        return true;
    }

    private readonly bool TryDate(int year, out DateOnly date)
    {
        date = default;
        if (DayOfYear is { } dayOfYear && Month is null && Day is null)
        {
            if (dayOfYear < 1 || dayOfYear > (DateTime.IsLeapYear(year) ? 366 : 365))
            {
                return false;
            }

            date = new DateOnly(year, 1, 1).AddDays((int)dayOfYear - 1);
            return true;
        }

        var month = Month ?? 1;
        var day = Day ?? 1;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, (int)month))
        {
            return false;
        }

        date = new DateOnly(year, (int)month, (int)day);
        return true;
    }

    private readonly bool TryTime(out TimeSpan time)
    {
        time = default;
        var hour = Hour ?? 0;
        if (IsPm is { } pm)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            hour = (hour % 12) + (pm ? 12 : 0);
        }

        var minute = Minute ?? 0;
        var second = Second ?? 0;
        if (hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59)
        {
            return false;
        }

        time = new TimeSpan(0, (int)hour, (int)minute, (int)second).Add(TimeSpan.FromTicks(FractionTicks));
        return true;
    }
}
