namespace SoftrLite.Changes;

/// <summary>
/// One subscriber's queue and delivery loop. Publishing only enqueues, so a writer never waits for a subscriber. Past
/// <c>capacity</c> queued notifications the subscriber is behind: later notifications are counted, not queued, until it
/// has taken everything queued; it then gets one <see cref="ChangeKind.Missed"/> with the count, and normal delivery resumes.
/// </summary>
internal sealed class ChangeSubscription : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Queue<ChangeNotification> _queue = new();
    private readonly SemaphoreSlim _ready = new(0);
    private readonly IObserver<ChangeNotification> _observer;
    private readonly int _capacity;
    private readonly Func<DateTimeOffset> _now;
    private readonly Action<ChangeSubscription> _remove;
    private readonly CancellationTokenSource _stop = new();
    private long _missed;
    private long _lastMissed;
    private bool _completed;

    public ChangeSubscription(IObserver<ChangeNotification> observer, int capacity, Func<DateTimeOffset> now, Action<ChangeSubscription> remove)
    {
        _observer = observer;
        _capacity = capacity;
        _now = now;
        _remove = remove;
        Delivery = Task.Run(DeliverAsync);
    }

    /// <summary>The delivery loop; it ends when the subscription is disposed or completed.</summary>
    public Task Delivery { get; }

    /// <summary>Queues a notification, or counts it as missed when the subscriber is behind. Never blocks.</summary>
    public void Offer(ChangeNotification notification)
    {
        lock (_gate)
        {
            if (_completed)
            {
                return;
            }

            if (_missed > 0 || _queue.Count >= _capacity)
            {
                _missed++;
                _lastMissed = notification.Sequence;
                if (_queue.Count > 0)
                {
                    return;
                }
            }
            else
            {
                _queue.Enqueue(notification);
            }
        }

        _ready.Release();
    }

    /// <summary>Delivers what is queued, then <see cref="IObserver{T}.OnCompleted"/> (the engine is closing).</summary>
    public void Complete()
    {
        lock (_gate)
        {
            _completed = true;
        }

        _ready.Release();
    }

    public void Dispose()
    {
        _stop.Cancel();
        _remove(this);
    }

    private async Task DeliverAsync()
    {
        try
        {
            while (true)
            {
                await _ready.WaitAsync(_stop.Token).ConfigureAwait(false);
                if (!TryTake(out var next, out var done))
                {
                    if (done)
                    {
                        _observer.OnCompleted();
                        return;
                    }

                    continue;
                }

                _observer.OnNext(next);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Disposed by the subscriber: nothing more is delivered.
        }
        catch (Exception error)
        {
            // An observer that throws ends its own subscription; writers and other subscribers are not affected.
            _remove(this);
            try
            {
                _observer.OnError(error);
            }
            catch (Exception)
            {
                // The observer failed again; there is no one left to tell.
            }
        }
    }

    private bool TryTake(out ChangeNotification next, out bool done)
    {
        lock (_gate)
        {
            done = false;
            if (_queue.TryDequeue(out next!))
            {
                if (_queue.Count == 0 && _missed > 0)
                {
                    // Come back for the Missed notice once the queue is drained.
                    _ready.Release();
                }

                return true;
            }

            if (_missed > 0)
            {
                next = new ChangeNotification { Sequence = _lastMissed, Kind = ChangeKind.Missed, Missed = _missed, At = _now() };
                _missed = 0;
                return true;
            }

            done = _completed;
            return false;
        }
    }
}
