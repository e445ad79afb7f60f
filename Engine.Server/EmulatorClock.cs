namespace SoftrLite.Server;

/// <summary>
/// The emulator's clock: the system clock, or a fixed instant that moves by a step after every API request, so that a
/// run over HTTP is as reproducible as one in process. A reset sets it again.
/// </summary>
internal sealed class EmulatorClock : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _now;
    private TimeSpan _step;
    private volatile bool _fixed;

    public EmulatorClock(DateTimeOffset? start, long stepMs) => Set(start, stepMs);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public bool IsFixed => _fixed;

    public override DateTimeOffset GetUtcNow()
    {
        // The system clock needs no lock; only a fixed clock's reading moves under one.
        if (!_fixed)
        {
            return System.GetUtcNow();
        }

        lock (_gate)
        {
            return _now ?? System.GetUtcNow();
        }
    }

    /// <summary>Starts again: fixed at <paramref name="start"/>, or the system clock when <see langword="null"/>.</summary>
    public void Set(DateTimeOffset? start, long stepMs)
    {
        lock (_gate)
        {
            _now = start?.ToUniversalTime();
            _step = TimeSpan.FromMilliseconds(stepMs);
            _fixed = start is not null;
        }
    }

    /// <summary>Moves a fixed clock by its step (after an API request).</summary>
    public void Step()
    {
        if (!_fixed)
        {
            return;
        }

        lock (_gate)
        {
            _now += _step;
        }
    }
}
