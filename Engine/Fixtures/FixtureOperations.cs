using SoftrLite.Fixtures;
using SoftrLite.Storage;

namespace SoftrLite;

/// <summary>
/// Test fixtures: reset to empty, snapshot and restore everything, export to and seed from a JSON fixture. These calls
/// replace whole files: run them while no other call of the engine is in flight (a test's setup, or the emulator,
/// which holds other requests while one runs).
/// </summary>
public sealed class FixtureOperations
{
    private readonly EngineContext _context;
    private readonly EngineOperations _engine;
    private readonly Action _forgetCaches;
    private readonly Lock _gate = new();
    private int _snapshots;

    internal FixtureOperations(EngineContext context, EngineOperations engine, Action forgetCaches)
    {
        _context = context;
        _engine = engine;
        _forgetCaches = forgetCaches;
    }

    /// <summary>
    /// Drops every database, token, collaborator and workspace, then starts again as a freshly opened engine would: the ID
    /// sequence restarts from the seed and one default workspace is made. Returns that workspace.
    /// </summary>
    public Workspace Reset(FixtureReset? reset = null)
    {
        lock (_gate)
        {
            var options = _context.Options;
            foreach (var id in _context.Catalog.Read(s => CatalogStore.ListDatabaseIds(s)))
            {
                _context.DropStore(new DatabaseId(id));
            }

            _context.Catalog.Write(s =>
            {
                CatalogStore.Clear(s);
                return 0;
            });
            _context.Restart(reset?.IdSeed ?? options.IdSeed, reset?.TimeProvider ?? options.TimeProvider);
            Forget();
            _engine.Workspaces.EnsureDefault();
            return _engine.Workspaces.Default;
        }
    }

    /// <summary>Copies every database and token as they are now (on SQLite with its online backup API, into memory).</summary>
    public FixtureSnapshot Snapshot()
    {
        lock (_gate)
        {
            StoreCopy? catalog = null;
            var databases = new Dictionary<DatabaseId, StoreCopy>();
            try
            {
                catalog = _context.Catalog.Copy();
                foreach (var id in _context.Catalog.Read(s => CatalogStore.ListDatabaseIds(s)))
                {
                    var databaseId = new DatabaseId(id);
                    databases[databaseId] = _context.Store(databaseId).Copy();
                }
            }
            catch
            {
                catalog?.Dispose();
                foreach (var copy in databases.Values)
                {
                    copy.Dispose();
                }

                throw;
            }

            var number = Interlocked.Increment(ref _snapshots);
            return new FixtureSnapshot(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"snapshot-{number}"), this, catalog, databases);
        }
    }

    /// <summary>Puts every database and token back as they were at <paramref name="snapshot"/>; databases made since are removed.</summary>
    /// <exception cref="ArgumentException">The snapshot was taken of another engine.</exception>
    public void Restore(FixtureSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (!ReferenceEquals(snapshot.Owner, this))
        {
            throw new ArgumentException("The snapshot was taken of another engine.", nameof(snapshot));
        }

        lock (_gate)
        {
            var databases = snapshot.Databases;
            foreach (var id in _context.Catalog.Read(s => CatalogStore.ListDatabaseIds(s)))
            {
                if (!databases.ContainsKey(new DatabaseId(id)))
                {
                    _context.DropStore(new DatabaseId(id));
                }
            }

            _context.Catalog.RestoreFrom(snapshot.Catalog);
            foreach (var (id, copy) in databases)
            {
                // A database deleted since the snapshot gets an empty store first, which the copy then replaces.
                _context.CreateStore(id);
                _context.Store(id).RestoreFrom(copy);
            }

            Forget();
        }
    }

    /// <summary>
    /// Writes every database (or one) as a JSON fixture: schema keyed by names, records by field names, links by record ID.
    /// Seeding it into an empty engine and exporting again gives the same text.
    /// </summary>
    /// <exception cref="SoftrException">
    /// <see cref="ErrorCode.ResourceNotFound"/> for an unknown database; <see cref="ErrorCode.BadRequest"/> when a table or
    /// field a fixture must name shares its name with another one.
    /// </exception>
    public string Export(DatabaseId? databaseId = null)
    {
        lock (_gate)
        {
            return new FixtureExporter(_context, _engine).Export(databaseId);
        }
    }

    /// <summary>Creates the databases, tables, fields and records of a fixture (the format of <see cref="Export"/>) in a workspace (default: the default one).</summary>
    /// <exception cref="SoftrException">
    /// <see cref="ErrorCode.BadRequest"/> for a malformed fixture; the codes of the engine's own checks for bad names, options or values.
    /// </exception>
    public IReadOnlyList<Database> Seed(string fixtureJson, WorkspaceId? workspaceId = null)
    {
        ArgumentNullException.ThrowIfNull(fixtureJson);
        lock (_gate)
        {
            return new FixtureSeeder(_context, _engine).Seed(fixtureJson, workspaceId ?? _engine.Workspaces.Default.Id);
        }
    }

    private void Forget()
    {
        _context.ForgetAll();
        _engine.Tokens.Forget();
        _forgetCaches();
    }
}
