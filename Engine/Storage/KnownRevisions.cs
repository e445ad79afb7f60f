namespace SoftrLite.Storage;

/// <summary>
/// The revisions of a database file (see <see cref="DatabaseStore.Revisions"/>) as this process last knew them: its own
/// writes teach them as they commit, a poll of the file teaches the rest. A revision that moved without this process
/// writing was moved by another process.
/// </summary>
internal sealed class KnownRevisions
{
    private readonly Lock _gate = new();
    private Dictionary<string, long>? _values;

    /// <summary>Whether a first poll has set the starting point.</summary>
    public bool IsKnown
    {
        get
        {
            lock (_gate)
            {
                return _values is not null;
            }
        }
    }

    /// <summary>Learns the revisions one of this process's writes moved (only once a starting point is known).</summary>
    public void Learn(IEnumerable<(string Key, long Value)> moved)
    {
        lock (_gate)
        {
            if (_values is null)
            {
                return;
            }

            foreach (var (key, value) in moved)
            {
                _values[key] = value;
            }
        }
    }

    /// <summary>Takes <paramref name="now"/> as known and returns the keys whose revision moved since (none on the first call).</summary>
    public List<string> Update(Dictionary<string, long> now)
    {
        lock (_gate)
        {
            var moved = _values is null
                ? []
                : now.Where(pair => !_values.TryGetValue(pair.Key, out var known) || known != pair.Value).Select(pair => pair.Key).ToList();
            _values = now;
            return moved;
        }
    }
}
