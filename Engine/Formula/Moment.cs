namespace SoftrLite.Formula;

/// <summary>A date-like operand of a date function: a calendar date, or an instant with an optional attached zone.</summary>
internal readonly struct Moment
{
    private Moment(bool isDate, DateOnly date, DateTimeOffset utc, TimeZoneInfo? zone)
    {
        IsDate = isDate;
        Date = date;
        Utc = utc;
        AttachedZone = zone;
    }

    /// <summary>Whether this is a calendar date (no time of day).</summary>
    public bool IsDate { get; }

    /// <summary>The calendar date, when <see cref="IsDate"/>.</summary>
    public DateOnly Date { get; }

    /// <summary>The instant in UTC, when not <see cref="IsDate"/>.</summary>
    public DateTimeOffset Utc { get; }

    /// <summary>The zone attached by <c>SET_TIMEZONE</c>, if any.</summary>
    public TimeZoneInfo? AttachedZone { get; }

    /// <summary>A calendar date.</summary>
    public static Moment FromDate(DateOnly date) => new(true, date, default, null);

    /// <summary>An instant, optionally with an attached zone.</summary>
    public static Moment FromInstant(DateTimeOffset instant, TimeZoneInfo? zone) => new(false, default, instant.ToUniversalTime(), zone);

    /// <summary>The zone this value is shown in: its own, else <paramref name="fallback"/>.</summary>
    public TimeZoneInfo ZoneOr(TimeZoneInfo fallback) => AttachedZone ?? fallback;

    /// <summary>The wall-clock date and time (midnight for a date).</summary>
    public DateTime LocalDateTime(TimeZoneInfo fallback) => IsDate
        ? Date.ToDateTime(TimeOnly.MinValue)
        : ZoneMath.ToLocal(Utc, ZoneOr(fallback)).DateTime;

    /// <summary>The wall-clock time with its offset (a date: midnight in the zone).</summary>
    public DateTimeOffset LocalWithOffset(TimeZoneInfo fallback) => IsDate
        ? ZoneMath.ToLocal(ZoneMath.StartOfDay(Date, fallback), fallback)
        : ZoneMath.ToLocal(Utc, ZoneOr(fallback));

    /// <summary>The calendar date in the value's zone.</summary>
    public DateOnly LocalDate(TimeZoneInfo fallback) => IsDate ? Date : DateOnly.FromDateTime(LocalDateTime(fallback));

    /// <summary>The instant (a date: midnight at its start in the zone).</summary>
    public DateTimeOffset ToInstant(TimeZoneInfo fallback) => IsDate ? ZoneMath.StartOfDay(Date, fallback) : Utc;

    /// <summary>This moment as a formula value.</summary>
    public FormulaValue ToValue() => IsDate ? FormulaValue.FromDate(Date) : FormulaValue.FromInstant(Utc, AttachedZone);
}
