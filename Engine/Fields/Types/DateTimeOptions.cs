namespace SoftrLite.Fields.Types;

/// <summary>A DATETIME field's parsed options: the time zone a value written without an offset is read in.</summary>
internal sealed class DateTimeOptions
{
    private static readonly DateTimeOptions EngineZone = new(null);

    private DateTimeOptions(TimeZoneInfo? zone) => Zone = zone;

    /// <summary>The field's own time zone, or <see langword="null"/> for the engine's.</summary>
    public TimeZoneInfo? Zone { get; }

    public static DateTimeOptions From(Field field)
    {
        var name = StoredOptions.Text(field, DateOptions.ZoneKey);
        return name is null or DateOptions.DefaultZone || !TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone)
            ? EngineZone
            : new DateTimeOptions(zone);
    }
}
