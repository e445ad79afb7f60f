namespace SoftrLite.Fields.Types;

/// <summary>The display options DATE, DATETIME, CREATED_AT and UPDATED_AT share.</summary>
internal static class DateOptions
{
    public const string DefaultZone = "DEFAULT";
    public const string ZoneKey = "timezone";

    private static readonly string[] Precisions = ["DATETIME", "DATE"];
    private static readonly string[] TimezoneTypes = ["FIXED", "LOCAL"];

    /// <summary>Reads the four date keys, filling <c>precision</c> with <paramref name="defaultPrecision"/>.</summary>
    public static void Read(OptionsReader reader, string defaultPrecision)
    {
        reader.Enum("precision", Precisions, defaultPrecision);
        reader.Bool("useRelativeDatetimeFormat");
        reader.Enum("timezoneType", TimezoneTypes, "FIXED");
        reader.Matching(ZoneKey, IsZone, "\"DEFAULT\" or an IANA time zone name such as Europe/Prague", DefaultZone);
    }

    private static bool IsZone(string name) =>
        name == DefaultZone
        || (name.Length <= 64 && TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone) && zone.HasIanaId);
}
