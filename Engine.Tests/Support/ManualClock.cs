namespace SoftrLite.Tests.Support;

/// <summary>A clock that only moves when told to. Thread-safe.</summary>
public sealed class ManualClock : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTimeOffset _now;

    /// <summary>Creates a clock showing <paramref name="start"/>.</summary>
    public ManualClock(DateTimeOffset start) => _now = start.ToUniversalTime();

    /// <summary>The time zone is UTC, so local and UTC times agree.</summary>
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    /// <summary>Moves the clock forward by <paramref name="delta"/> (which must not be negative).</summary>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        lock (_gate)
        {
            _now += delta;
        }
    }
}
