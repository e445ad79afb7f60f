using System.Collections.Concurrent;

namespace SoftrLite.Storage;

/// <summary>
/// A store's idle reader sessions, kept open between reads (with their statements prepared) so a small read costs
/// little more than its own statements. At most <paramref name="max"/> are kept: one per core is all parallel reads use.
/// </summary>
internal sealed class IdleSessions(int max)
{
    private readonly ConcurrentBag<StoreSession> _sessions = [];
    private volatile bool _closed;

    /// <summary>An idle session, or a new one from <paramref name="open"/>.</summary>
    public StoreSession Rent(Func<StoreSession> open) => _sessions.TryTake(out var session) ? session : open();

    /// <summary>
    /// Keeps a session for the next read, unless <paramref name="keep"/> says no, enough are idle, or the store closed
    /// (<see cref="Close"/>) meanwhile: then it is closed.
    /// </summary>
    public void Return(StoreSession session, bool keep)
    {
        if (!keep || _closed || _sessions.Count >= max)
        {
            session.Dispose();
            return;
        }

        _sessions.Add(session);
        if (_closed && _sessions.TryTake(out var late))
        {
            late.Dispose();
        }
    }

    /// <summary>Closes every idle session and keeps none from now on (the store is closing).</summary>
    public void Close()
    {
        _closed = true;
        Clear();
    }

    /// <summary>Closes every idle session.</summary>
    public void Clear()
    {
        while (_sessions.TryTake(out var session))
        {
            session.Dispose();
        }
    }
}
