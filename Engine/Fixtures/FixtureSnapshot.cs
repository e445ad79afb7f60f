using SoftrLite.Storage;

namespace SoftrLite;

/// <summary>
/// Every database and token of an engine at one moment, copied with SQLite's online backup API into private
/// in-memory databases. Restore it with <see cref="FixtureOperations.Restore"/> as often as needed; dispose it to free the memory.
/// </summary>
public sealed class FixtureSnapshot : IDisposable
{
    private readonly StoreCopy _catalog;
    private readonly Dictionary<DatabaseId, StoreCopy> _databases;
    private bool _disposed;

    internal FixtureSnapshot(string id, object owner, StoreCopy catalog, Dictionary<DatabaseId, StoreCopy> databases)
    {
        Id = id;
        Owner = owner;
        _catalog = catalog;
        _databases = databases;
    }

    /// <summary>The snapshot's ID, unique within its engine.</summary>
    public string Id { get; }

    /// <summary>How many databases it holds.</summary>
    public int DatabaseCount => _databases.Count;

    internal object Owner { get; }

    internal StoreCopy Catalog
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _catalog;
        }
    }

    internal IReadOnlyDictionary<DatabaseId, StoreCopy> Databases
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _databases;
        }
    }

    /// <summary>Frees the copies.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _catalog.Dispose();
        foreach (var connection in _databases.Values)
        {
            connection.Dispose();
        }
    }
}
