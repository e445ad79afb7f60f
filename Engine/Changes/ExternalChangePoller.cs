using SoftrLite.Storage;

namespace SoftrLite.Changes;

/// <summary>
/// Sees writes that other processes make to the open database files: while anyone is subscribed, it reads each open
/// database's revisions every interval (one small read per database) and publishes a <see cref="ChangeKind.TableChanged"/>
/// for every table whose revision moved without this process writing it, and a <see cref="ChangeKind.SchemaChanged"/>
/// when the schema revision did. While no one is subscribed, it only wakes up and goes back to sleep.
/// </summary>
internal sealed class ExternalChangePoller : IDisposable
{
    private readonly Func<IEnumerable<DatabaseStore>> _stores;
    private readonly ChangeFeed _feed;
    private readonly Func<DateTimeOffset> _now;
    private readonly CancellationTokenSource _stop = new();
    private readonly PeriodicTimer _timer;
    private readonly Task _loop;

    public ExternalChangePoller(Func<IEnumerable<DatabaseStore>> stores, ChangeFeed feed, Func<DateTimeOffset> now, TimeSpan interval)
    {
        _stores = stores;
        _feed = feed;
        _now = now;
        _timer = new PeriodicTimer(interval);
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Reads every open database's revisions once and publishes what other processes changed.</summary>
    public void Poll()
    {
        foreach (var store in _stores())
        {
            try
            {
                Poll(store);
            }
            catch (SoftrException)
            {
                // A file that cannot be read now (locked, being restored) is looked at again next time.
            }
            catch (ObjectDisposedException)
            {
                // The engine is closing, or the database was dropped meanwhile.
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _timer.Dispose();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends by cancellation.
        }

        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        try
        {
            while (await _timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
            {
                if (_feed.HasSubscribers)
                {
                    Poll();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
    }

    private void Poll(DatabaseStore store)
    {
        var first = !store.Known.IsKnown;
        var revisions = store.Revisions();
        var moved = store.Known.Update(revisions);
        if (first || moved.Count == 0)
        {
            return;
        }

        var at = _now();
        var notes = new List<ChangeNotification>();
        if (moved.Contains("schema_rev"))
        {
            notes.Add(new ChangeNotification { Sequence = 0, Kind = ChangeKind.SchemaChanged, Database = store.Id, At = at, External = true });
        }

        var tables = moved.Where(key => key.StartsWith("rev:", StringComparison.Ordinal)).Select(key => long.Parse(key.AsSpan(4), System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        if (tables.Count > 0)
        {
            var ids = store.Read(s => DatabaseStore.ListTables(s)).Where(t => tables.Contains(t.Num));
            notes.AddRange(ids.Select(t => new ChangeNotification
            {
                Sequence = 0,
                Kind = ChangeKind.TableChanged,
                Database = store.Id,
                Table = new TableId(t.Id),
                At = at,
                External = true,
            }));
        }
        else if (!moved.Contains("schema_rev"))
        {
            // A write that names no table (a file written by an older build): the database changed.
            notes.Add(new ChangeNotification { Sequence = 0, Kind = ChangeKind.TableChanged, Database = store.Id, At = at, External = true });
        }

        _feed.Publish(notes);
    }
}
