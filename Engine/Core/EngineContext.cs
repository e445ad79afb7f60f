using SoftrLite.Errors;
using System.Collections.Concurrent;
using SoftrLite.Identity;
using SoftrLite.Storage;

namespace SoftrLite;

/// <summary>What every operation group shares: options, clock, ID generator, the catalog and the open database files.</summary>
internal sealed class EngineContext : IDisposable
{
    private readonly ConcurrentDictionary<DatabaseId, Lazy<DatabaseStore>> _stores = new();
    private readonly ConcurrentDictionary<WorkspaceId, IReadOnlyList<Collaborator>> _collaborators = new();
    private SoftrEngineOptions _options;
    private readonly Changes.ExternalChangePoller? _poller;
    private int _disposed;

    public EngineContext(StorageLocation location, SoftrEngineOptions options)
    {
        Location = location;
        _options = options;
        Ids = new IdGenerator(options.IdSeed);
        Secrets = new TokenSecrets(options.TokenSecretSeed);
        Catalog = new CatalogStore(location, options.BusyTimeout);
        Changes = new ChangeFeed(Now);
        Journal = new Journal.Journaling(options.Journal, location.IsInMemory);
        _poller = location.IsInMemory ? null : new Changes.ExternalChangePoller(() => OpenStores, Changes, Now, options.ChangePollInterval);
    }

    /// <summary>The options; replaced as a whole by a fixture reset (a new ID seed or clock), never changed in place.</summary>
    public SoftrEngineOptions Options
    {
        get => Volatile.Read(ref _options);
        private set => Volatile.Write(ref _options, value);
    }

    /// <summary>Databases known to exist, with their workspace; filled by lookups, emptied by deletes.</summary>
    public ConcurrentDictionary<DatabaseId, WorkspaceId> KnownDatabases { get; } = new();

    public StorageLocation Location { get; }

    public IdGenerator Ids { get; }

    public TokenSecrets Secrets { get; }

    public CatalogStore Catalog { get; }

    /// <summary>The engine's change feed: operations publish committed changes to it.</summary>
    public ChangeFeed Changes { get; }

    /// <summary>The engine's journal keeping: on or off, its bounds, its MessagePack options.</summary>
    public Journal.Journaling Journal { get; }

    /// <summary>Looks for other processes' writes now instead of at the next poll (tests).</summary>
    public void PollExternalChanges() => _poller?.Poll();

    /// <summary>The open database stores (the change feed's poller reads their revisions).</summary>
    public IEnumerable<DatabaseStore> OpenStores => _stores.Values.Where(lazy => lazy.IsValueCreated).Select(lazy => lazy.Value);

    public FieldTypeRegistry FieldTypes => Options.FieldTypes;

    public bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    /// <summary>The clock, zone and random source formulas are evaluated with; seeded with the ID seed when there is one.</summary>
    public ComputeEnvironment ComputeEnvironment() =>
        new(Options.TimeProvider.GetUtcNow(), Options.TimeZone, Options.IdSeed is { } seed ? new Random(seed) : new Random());

    /// <summary>The current time from the injected clock, in whole milliseconds.</summary>
    public DateTimeOffset Now() => Timestamps.Now(Options.TimeProvider);

    /// <summary>Gives tests a named point inside a transaction at which to fail.</summary>
    public void FailPoint(string step) => Options.FailPoint?.Invoke(step);

    /// <summary>The store of a database known to the catalog, opened on first use.</summary>
    public DatabaseStore Store(DatabaseId id)
    {
        if (IsDisposed)
        {
            throw SoftrErrors.EngineDisposed();
        }

        var lazy = _stores.GetOrAdd(id, key => new Lazy<DatabaseStore>(() => Attach(DatabaseStore.OpenExisting(key, Location, Options.BusyTimeout))));
        try
        {
            return lazy.Value;
        }
        catch
        {
            _stores.TryRemove(new KeyValuePair<DatabaseId, Lazy<DatabaseStore>>(id, lazy));
            throw;
        }
    }

    /// <summary>
    /// Makes the file of a new database and keeps its store; <see langword="false"/> when a file of that ID exists
    /// already (an ID from a seeded generator on reopen, or an unlisted leftover), which is then left alone.
    /// </summary>
    public bool CreateStore(DatabaseId id)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        if (_stores.ContainsKey(id) || Location.DatabaseExists(id))
        {
            return false;
        }

        var store = DatabaseStore.CreateNew(id, Location, Options.BusyTimeout, () => FailPoint("database.file"));
        if (store is null)
        {
            return false;
        }

        var lazy = new Lazy<DatabaseStore>(Attach(store));
        if (!_stores.TryAdd(id, lazy))
        {
            store.Dispose();
            return false;
        }

        return true;
    }

    /// <summary>The collaborators of a workspace, cached until <see cref="ForgetCollaborators"/>.</summary>
    public IReadOnlyList<Collaborator> Collaborators(WorkspaceId workspace) =>
        _collaborators.GetOrAdd(workspace, w => Catalog.Read(s => CatalogStore.ListCollaborators(s, w)));

    public void ForgetCollaborators(WorkspaceId workspace) => _collaborators.TryRemove(workspace, out _);

    /// <summary>Applies a reset's ID seed and clock: the ID sequence starts again from the seed.</summary>
    public void Restart(int? idSeed, TimeProvider clock)
    {
        Options = Options with { IdSeed = idSeed, TimeProvider = clock };
        Ids.Reseed(idSeed);
    }

    /// <summary>Forgets what was cached about databases and workspaces (after a reset or a restore).</summary>
    public void ForgetAll()
    {
        KnownDatabases.Clear();
        _collaborators.Clear();

        // A reset or restore moves every revision: that is this process's doing, not another's.
        if (_poller is not null)
        {
            foreach (var store in OpenStores)
            {
                store.Known.Update(store.Revisions());
            }
        }

        if (Changes.HasSubscribers)
        {
            Changes.Publish([new ChangeNotification { Sequence = 0, Kind = ChangeKind.Reset, At = Now() }]);
        }
    }

    /// <summary>Closes a database's store and removes its files.</summary>
    public void DropStore(DatabaseId id)
    {
        if (_stores.TryRemove(id, out var lazy) && lazy.IsValueCreated)
        {
            lazy.Value.Dispose();
        }

        Location.DeleteDatabase(id);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _poller?.Dispose();
        Changes.Close();
        foreach (var lazy in _stores.Values)
        {
            if (lazy.IsValueCreated)
            {
                lazy.Value.Dispose();
            }
        }

        _stores.Clear();
        Catalog.Dispose();
    }

    // A schema write of the database tells the change feed, after it commits.
    private DatabaseStore Attach(DatabaseStore store)
    {
        // Other processes' writes count from the moment the file is opened.
        if (_poller is not null)
        {
            store.Known.Update(store.Revisions());
        }

        if (Journal.Enabled)
        {
            store.Read(s =>
            {
                Journal.Remember(store.Id, s);
                return 0;
            });
        }

        store.SchemaWriting = s => Journal.SchemaWriting(store.Id, s, Options.ActingUser, Now());
        store.SchemaCommitted = () =>
        {
            if (Changes.HasSubscribers)
            {
                Changes.Publish([new ChangeNotification { Sequence = 0, Kind = ChangeKind.SchemaChanged, Database = store.Id, At = Now() }]);
            }
        };
        return store;
    }
}
