using SoftrLite.Rest;

namespace SoftrLite.Server;

/// <summary>
/// What a server serves: the engine, its REST layer, the clock and the snapshots. API requests run side by side; a
/// control request (reset, snapshot, restore, seed) waits for them and runs alone, since it replaces whole files.
/// </summary>
internal sealed class Emulator : IDisposable
{
    private readonly ReaderWriterLockSlim _gate = new(LockRecursionPolicy.NoRecursion);
    private readonly Dictionary<string, FixtureSnapshot> _snapshots = new(StringComparer.Ordinal);
    private ChangeLog? _changes;

    public Emulator(SoftrServerOptions options)
    {
        Options = options;
        Clock = new EmulatorClock(options.ClockStart, options.ClockStepMs);
        var engineOptions = new SoftrEngineOptions { TimeProvider = Clock, IdSeed = options.IdSeed };
        Engine = (options.DataDirectory, options.PostgresConnection) switch
        {
            ({ }, { }) => throw new ArgumentException("A server keeps its data in a directory or on PostgreSQL, not both.", nameof(options)),
            (_, { } connection) => SoftrEngine.OpenPostgres(connection, engineOptions, options.PostgresSchemaPrefix),
            ({ } directory, _) => SoftrEngine.Open(directory, engineOptions),
            _ => SoftrEngine.OpenInMemory(engineOptions),
        };
        try
        {
            Api = new RestApi(Engine, new RestApiOptions { RateLimits = options.RateLimits, MaxBodyBytes = options.MaxBodyBytes });
            foreach (var (token, index) in options.Tokens.Select((t, i) => (t, i)))
            {
                if (Engine.Tokens.FindBySecret(token.Secret) is null)
                {
                    Engine.Tokens.Create($"token-{index + 1}", token.Access, [Engine.Workspaces.Default.Id], token.Secret);
                }
            }

            if (options.SeedFixture is { } fixture)
            {
                Engine.Fixtures.Seed(fixture);
            }
        }
        catch
        {
            Engine.Dispose();
            throw;
        }
    }

    public SoftrServerOptions Options { get; }

    public SoftrEngine Engine { get; }

    public RestApi Api { get; }

    public EmulatorClock Clock { get; }

    /// <summary>Recent changes, for <c>GET /_softrlite/changes</c>.</summary>
    public ChangeLog Changes => _changes ??= new ChangeLog(Engine);

    /// <summary>Answers an API request; a fixed clock moves after it.</summary>
    public RestResponse Send(RestRequest request)
    {
        _gate.EnterReadLock();
        try
        {
            // RestApi completes synchronously (SQLite I/O is synchronous), so the lock is never held across an await.
            return Api.SendAsync(request).GetAwaiter().GetResult();
        }
        finally
        {
            Clock.Step();
            _gate.ExitReadLock();
        }
    }

    /// <summary>Runs a control request alone.</summary>
    public T Exclusive<T>(Func<T> work)
    {
        _gate.EnterWriteLock();
        try
        {
            return work();
        }
        finally
        {
            _gate.ExitWriteLock();
        }
    }

    /// <summary>Runs a read-only control request beside API requests.</summary>
    public T Shared<T>(Func<T> work)
    {
        _gate.EnterReadLock();
        try
        {
            return work();
        }
        finally
        {
            _gate.ExitReadLock();
        }
    }

    public string AddSnapshot()
    {
        var snapshot = Engine.Fixtures.Snapshot();
        _snapshots[snapshot.Id] = snapshot;
        return snapshot.Id;
    }

    public FixtureSnapshot? FindSnapshot(string id) => _snapshots.GetValueOrDefault(id);

    public bool RemoveSnapshot(string id)
    {
        if (!_snapshots.Remove(id, out var snapshot))
        {
            return false;
        }

        snapshot.Dispose();
        return true;
    }

    public void Dispose()
    {
        foreach (var snapshot in _snapshots.Values)
        {
            snapshot.Dispose();
        }

        _snapshots.Clear();
        _changes?.Dispose();
        Engine.Dispose();
        _gate.Dispose();
    }
}
