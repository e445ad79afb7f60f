namespace SoftrLite.Query;

/// <summary>
/// Remembers, per database, table, filter and sort, the matching total and the ordered row keys, valid while the
/// database's data revision stays the same. Totals are small and many are kept; key lists are large
/// (8 bytes a record) and only the few most recent are kept.
/// </summary>
internal sealed class SearchCache
{
    private const int MaxCounts = 4096;
    private const int MaxKeyLists = 4;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (long Revision, long Count)> _counts = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, long Revision, long[] Keys)> _keyLists = new();

    /// <summary>Forgets everything (after a fixture reset or restore, when revisions may repeat with other content).</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _counts.Clear();
            _keyLists.Clear();
        }
    }

    /// <summary>The total remembered for a filter at a data revision, if there is one.</summary>
    public bool TryCount(string key, long revision, out long count)
    {
        lock (_gate)
        {
            var found = _counts.TryGetValue(key, out var cached) && cached.Revision == revision;
            count = found ? cached.Count : 0;
            return found;
        }
    }

    public long Count(string key, long revision, Func<long> compute)
    {
        lock (_gate)
        {
            if (_counts.TryGetValue(key, out var cached) && cached.Revision == revision)
            {
                return cached.Count;
            }
        }

        var count = compute();
        lock (_gate)
        {
            if (_counts.Count >= MaxCounts)
            {
                _counts.Clear();
            }

            _counts[key] = (revision, count);
        }

        return count;
    }

    /// <summary>The newest ordered row keys remembered for a filter and sort, with the data revision they hold at.</summary>
    public bool TryNewestKeys(string key, out long revision, out long[] keys)
    {
        lock (_gate)
        {
            for (var node = _keyLists.First; node is not null; node = node.Next)
            {
                if (node.Value.Key == key)
                {
                    (revision, keys) = (node.Value.Revision, node.Value.Keys);
                    return true;
                }
            }
        }

        (revision, keys) = (0, []);
        return false;
    }

    public long[] Keys(string key, long revision, Func<long[]> compute)
    {
        lock (_gate)
        {
            for (var node = _keyLists.First; node is not null; node = node.Next)
            {
                if (node.Value.Key == key && node.Value.Revision == revision)
                {
                    _keyLists.Remove(node);
                    _keyLists.AddFirst(node);
                    return node.Value.Keys;
                }
            }
        }

        var keys = compute();
        lock (_gate)
        {
            _keyLists.AddFirst((key, revision, keys));
            while (_keyLists.Count > MaxKeyLists)
            {
                _keyLists.RemoveLast();
            }
        }

        return keys;
    }
}
