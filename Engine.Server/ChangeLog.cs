namespace SoftrLite.Server;

/// <summary>
/// The emulator's memory of recent changes, for <c>GET /_softrlite/changes</c>: it subscribes to the engine's change feed
/// on the first request (so a server nobody asks pays nothing for it), keeps the last <see cref="Capacity"/>
/// notifications, and lets a request wait for one past a sequence number.
/// </summary>
internal sealed class ChangeLog(SoftrEngine engine) : IObserver<ChangeNotification>, IDisposable
{
    /// <summary>How many recent notifications are kept for requests that ask from an older sequence.</summary>
    public const int Capacity = 10_000;

    private readonly Lock _gate = new();
    private readonly LinkedList<ChangeNotification> _recent = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IDisposable? _subscription;

    /// <summary>
    /// The notifications after <paramref name="after"/> (all kept ones when it is older than them), waiting up to
    /// <paramref name="timeout"/> for the first when there is none yet; and the last sequence published.
    /// </summary>
    public async Task<(IReadOnlyList<ChangeNotification> Changes, long Last)> WaitAsync(long? after, TimeSpan timeout, Func<ChangeNotification, bool> wanted, CancellationToken cancellationToken)
    {
        Start();
        var from = after ?? engine.Changes.LastSequence;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            Task next;
            lock (_gate)
            {
                var found = _recent.Where(n => n.Sequence > from && wanted(n)).ToArray();
                if (found.Length > 0 || deadline.IsCancellationRequested)
                {
                    return (found, engine.Changes.LastSequence);
                }

                next = _next.Task;
            }

            try
            {
                await next.WaitAsync(deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The wait is over: answer with what there is (nothing).
            }
        }
    }

    public void OnNext(ChangeNotification value)
    {
        TaskCompletionSource woken;
        lock (_gate)
        {
            _recent.AddLast(value);
            if (_recent.Count > Capacity)
            {
                _recent.RemoveFirst();
            }

            woken = _next;
            _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        woken.TrySetResult();
    }

    public void OnError(Exception error)
    {
    }

    public void OnCompleted()
    {
    }

    public void Dispose() => _subscription?.Dispose();

    private void Start()
    {
        lock (_gate)
        {
            _subscription ??= engine.Changes.Subscribe(this, Capacity);
        }
    }
}
