namespace SoftrLite.Formula;

/// <summary>Reads unit names: the nine long names (singular or plural, any case) and Airtable's abbreviations (exact case).</summary>
internal static class DateUnits
{
    private static readonly (string Name, DateUnit Unit)[] Abbreviations =
    [
        ("ms", DateUnit.Millisecond), ("s", DateUnit.Second), ("m", DateUnit.Minute), ("h", DateUnit.Hour),
        ("d", DateUnit.Day), ("w", DateUnit.Week), ("M", DateUnit.Month), ("Q", DateUnit.Quarter), ("y", DateUnit.Year),
    ];

    private static readonly (string Name, DateUnit Unit)[] Names =
    [
        ("millisecond", DateUnit.Millisecond), ("second", DateUnit.Second), ("minute", DateUnit.Minute), ("hour", DateUnit.Hour),
        ("day", DateUnit.Day), ("week", DateUnit.Week), ("month", DateUnit.Month), ("quarter", DateUnit.Quarter), ("year", DateUnit.Year),
    ];

    /// <summary>The unit called <paramref name="text"/>; false for an unknown unit.</summary>
    public static bool TryParse(string text, out DateUnit unit)
    {
        var name = text.AsSpan().Trim();
        foreach (var (abbreviation, value) in Abbreviations)
        {
            if (name.Equals(abbreviation, StringComparison.Ordinal))
            {
                unit = value;
                return true;
            }
        }

        if (name.Length > 1 && name[^1] is 's' or 'S')
        {
            name = name[..^1];
        }

        foreach (var (longName, value) in Names)
        {
            if (name.Equals(longName, StringComparison.OrdinalIgnoreCase))
            {
                unit = value;
                return true;
            }
        }

        unit = default;
        return false;
    }

    /// <summary>Whether the unit is a fixed length of time (milliseconds to hours) rather than a calendar unit.</summary>
    public static bool IsFixed(DateUnit unit) => unit <= DateUnit.Hour;

    /// <summary>The length of a fixed unit in ticks (days and weeks: their nominal length).</summary>
    public static long Ticks(DateUnit unit) => unit switch
    {
        DateUnit.Millisecond => TimeSpan.TicksPerMillisecond,
        DateUnit.Second => TimeSpan.TicksPerSecond,
        DateUnit.Minute => TimeSpan.TicksPerMinute,
        DateUnit.Hour => TimeSpan.TicksPerHour,
        DateUnit.Day => TimeSpan.TicksPerDay,
        _ => TimeSpan.TicksPerDay * 7,
    };
}
