namespace SoftrLite.Storage;

/// <summary>Timestamps are stored as Unix milliseconds (UTC), which sort and compare as integers.</summary>
internal static class Timestamps
{
    public static long ToStored(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromStored(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);

    /// <summary>The clock's current time, truncated to whole milliseconds like the API's timestamps.</summary>
    public static DateTimeOffset Now(TimeProvider clock) => FromStored(ToStored(clock.GetUtcNow()));
}
