using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace SoftrLite.Formula;

/// <summary>Per-formula caches of compiled regexes and resolved time zones; safe for concurrent evaluations.</summary>
internal sealed class FormulaCaches
{
    /// <summary>How long one regex match may run before the function gives <c>#ERROR!</c>.</summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(100);

    // Patterns can come from field values, so the caches stop growing at this size instead of holding every pattern ever seen.
    private const int MaxEntries = 64;

    private readonly ConcurrentDictionary<string, Regex?> _regexes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TimeZoneInfo?> _zones = new(StringComparer.Ordinal);

    /// <summary>The regex for <paramref name="pattern"/>, or null when the pattern is invalid.</summary>
    public Regex? GetRegex(string pattern)
    {
        if (_regexes.TryGetValue(pattern, out var cached))
        {
            return cached;
        }

        Regex? regex;
        try
        {
            regex = new Regex(pattern, RegexOptions.None, RegexTimeout);
        }
        catch (ArgumentException)
        {
            regex = null;
        }

        if (_regexes.Count < MaxEntries)
        {
            _regexes.TryAdd(pattern, regex);
        }

        return regex;
    }

    /// <summary>The zone with IANA (or system) id <paramref name="id"/>, or null when there is none.</summary>
    public TimeZoneInfo? GetZone(string id)
    {
        if (_zones.TryGetValue(id, out var cached))
        {
            return cached;
        }

        var zone = id.Length > 0 && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) ? found : null;
        if (_zones.Count < MaxEntries)
        {
            _zones.TryAdd(id, zone);
        }

        return zone;
    }
}
