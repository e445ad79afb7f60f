using System.Collections.Concurrent;

namespace SoftrLite.Storage;

/// <summary>
/// Functions a read may call from its SQL as <c>softr_eval(id, arguments…)</c>: registered for the read (by the layer
/// that knows what to compute, e.g. a volatile formula over the row's columns), removed after it. One set per store;
/// every session of the store dispatches to it.
/// </summary>
internal sealed class SqlEvaluators
{
    private readonly ConcurrentDictionary<long, Func<object?[], object?>> _functions = new();
    private long _next;

    /// <summary>Registers a function; its ID goes first in the SQL call.</summary>
    public long Add(Func<object?[], object?> function)
    {
        var id = Interlocked.Increment(ref _next);
        _functions[id] = function;
        return id;
    }

    /// <summary>Removes a function once its read is over.</summary>
    public void Remove(long id) => _functions.TryRemove(id, out _);

    /// <summary>The SQL function's body: the first argument picks the function, the others are its arguments.</summary>
    public object? Invoke(object?[] arguments)
    {
        var id = arguments.Length > 0 && arguments[0] is long key ? key : throw new InvalidOperationException("softr_eval needs a function ID first.");
        return _functions.TryGetValue(id, out var function)
            ? function(arguments[1..])
            : throw new InvalidOperationException($"softr_eval: no function {id} is registered.");
    }
}
