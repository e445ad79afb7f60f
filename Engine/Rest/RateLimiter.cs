using System.Collections.Concurrent;
using SoftrLite.Errors;

namespace SoftrLite.Rest;

/// <summary>
/// Counts requests per token (or per anonymous caller) in one-second windows of the engine's clock, reads and writes
/// apart, and refuses with TOO_MANY_REQUESTS past the profile's limits.
/// </summary>
internal sealed class RateLimiter(RateLimitProfile profile, Func<TimeProvider> clock)
{
    private const int ReadsPerSecond = 40;
    private const int WritesPerSecond = 30;
    private readonly ConcurrentDictionary<(string Caller, bool Write), Window> _windows = new();

    public void Check(string caller, bool write)
    {
        if (profile == RateLimitProfile.None)
        {
            return;
        }

        var second = clock().GetUtcNow().ToUnixTimeMilliseconds() / 1000;
        var window = _windows.GetOrAdd((caller, write), _ => new Window());
        lock (window)
        {
            if (window.Second != second)
            {
                window.Second = second;
                window.Count = 0;
            }

            var limit = write ? WritesPerSecond : ReadsPerSecond;
            if (++window.Count > limit)
            {
                throw SoftrErrors.TooManyRequests(limit, write ? "writes" : "reads");
            }
        }
    }

    private sealed class Window
    {
        public long Second { get; set; } = long.MinValue;

        public int Count { get; set; }
    }
}
