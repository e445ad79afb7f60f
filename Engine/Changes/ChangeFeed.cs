using SoftrLite.Errors;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using SoftrLite.Changes;

namespace SoftrLite;

/// <summary>
/// Committed changes, as they happen: <c>engine.Changes.Subscribe(observer)</c> (an <see cref="IObservable{T}"/>, so
/// Rx operators work on it) or <c>await foreach (var change in engine.Changes.ReadAllAsync(token))</c>.
/// <list type="bullet">
/// <item>A notification is delivered after its transaction commits, in commit order (one order for all subscribers), and
/// never for a write that rolled back.</item>
/// <item>Each subscriber has its own queue and delivery task: publishing never waits for a subscriber, and one slow
/// subscriber delays no one else. A subscriber more than its capacity behind (10,000 by default) stops receiving until it
/// has caught up, then gets one <see cref="ChangeKind.Missed"/> notice with the count: nothing is lost silently.</item>
/// <item>Writes by another process sharing the data directory are seen by polling each open database's revision while
/// anyone is subscribed (<see cref="SoftrEngineOptions.ChangePollInterval"/>), as <see cref="ChangeKind.TableChanged"/>.</item>
/// <item>Notifications are delivered on a thread-pool thread, one at a time per subscriber. An observer that throws is
/// unsubscribed and gets <see cref="IObserver{T}.OnError"/>; disposing the engine calls <see cref="IObserver{T}.OnCompleted"/>.</item>
/// </list>
/// </summary>
public sealed class ChangeFeed : IObservable<ChangeNotification>
{
    /// <summary>How many notifications a subscriber may have waiting before it is behind.</summary>
    public const int DefaultCapacity = 10_000;

    private readonly Lock _gate = new();
    private readonly Func<DateTimeOffset> _now;
    private ChangeSubscription[] _subscriptions = [];
    private long _sequence;
    private bool _closed;

    internal ChangeFeed(Func<DateTimeOffset> now) => _now = now;

    /// <summary>Whether anyone is subscribed: writes gather what a notification needs only then.</summary>
    public bool HasSubscribers => Volatile.Read(ref _subscriptions).Length > 0;

    /// <summary>The sequence of the last notification published (0 before the first).</summary>
    public long LastSequence => Interlocked.Read(ref _sequence);

    /// <summary>Subscribes with the default capacity; dispose the result to unsubscribe.</summary>
    public IDisposable Subscribe(IObserver<ChangeNotification> observer) => Subscribe(observer, DefaultCapacity);

    /// <summary>Subscribes with a queue of <paramref name="capacity"/> notifications; dispose the result to unsubscribe.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is below 1.</exception>
    /// <exception cref="ObjectDisposedException">The engine is disposed.</exception>
    public IDisposable Subscribe(IObserver<ChangeNotification> observer, int capacity)
    {
        ArgumentNullException.ThrowIfNull(observer);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        lock (_gate)
        {
            if (_closed)
            {
                throw SoftrErrors.EngineDisposed();
            }

            var subscription = new ChangeSubscription(observer, capacity, _now, Remove);
            _subscriptions = [.. _subscriptions, subscription];
            return subscription;
        }
    }

    /// <summary>
    /// The notifications committed from now on, as an async stream that ends when <paramref name="cancellationToken"/> is
    /// cancelled (it then throws <see cref="OperationCanceledException"/>) or the engine is disposed.
    /// </summary>
    public async IAsyncEnumerable<ChangeNotification> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateUnbounded<ChangeNotification>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        using var subscription = Subscribe(new ChannelObserver(channel.Writer));
        await foreach (var notification in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return notification;
        }
    }

    /// <summary>Publishes committed changes, numbering them; the caller holds the order (the store's writer lock).</summary>
    internal void Publish(IReadOnlyList<ChangeNotification> changes)
    {
        if (changes.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            var subscriptions = _subscriptions;
            foreach (var change in changes)
            {
                var numbered = change with { Sequence = ++_sequence };
                foreach (var subscription in subscriptions)
                {
                    subscription.Offer(numbered);
                }
            }
        }
    }

    /// <summary>Ends every subscription after what is queued (the engine is closing).</summary>
    internal void Close()
    {
        ChangeSubscription[] subscriptions;
        lock (_gate)
        {
            _closed = true;
            subscriptions = _subscriptions;
            _subscriptions = [];
        }

        foreach (var subscription in subscriptions)
        {
            subscription.Complete();
        }
    }

    private void Remove(ChangeSubscription subscription)
    {
        lock (_gate)
        {
            _subscriptions = [.. _subscriptions.Where(s => s != subscription)];
        }
    }

    private sealed class ChannelObserver(ChannelWriter<ChangeNotification> writer) : IObserver<ChangeNotification>
    {
        public void OnCompleted() => writer.TryComplete();

        public void OnError(Exception error) => writer.TryComplete(error);

        public void OnNext(ChangeNotification value) => writer.TryWrite(value);
    }
}
