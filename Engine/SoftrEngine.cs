using SoftrLite.Storage;

namespace SoftrLite;

/// <summary>
/// The entry point: an embedded engine with the Softr Database API's data model, kept in SQLite files
/// (<see cref="Open"/>), in memory (<see cref="OpenInMemory"/>) or on a PostgreSQL server (<see cref="OpenPostgres"/>).
/// Thread-safe; dispose it to close every file and connection.
/// </summary>
public sealed class SoftrEngine : IDisposable
{
    private readonly EngineContext _context;

    private SoftrEngine(StorageLocation location, SoftrEngineOptions? options)
    {
        _context = new EngineContext(location, options ?? SoftrEngineOptions.Default);
        try
        {
            Workspaces = new WorkspaceOperations(_context);
            Tokens = new TokenOperations(_context);
            var plans = new Computed.PlanCache(Computed.FormulaProgram.Compile);
            var computed = new Computed.ComputedSchema(_context, plans);
            Databases = new DatabaseOperations(_context, computed);
            Tables = new TableOperations(_context, Databases, computed);
            Fields = new FieldOperations(_context, Tables, computed);
            Views = new ViewOperations(_context, Tables);
            var models = new Compiled.ModelCache(_context.FieldTypes);
            Records = new RecordOperations(_context, Databases, models, Views, new Query.SearchCache(), plans, null);
            History = new HistoryOperations(_context, Databases, models, plans, computed);
            Fixtures = new FixtureOperations(_context, new Fixtures.EngineOperations(Workspaces, Tokens, Databases, Tables, Fields, Views, Records), Records.ForgetCaches);
        }
        catch
        {
            _context.Dispose();
            throw;
        }
    }

    /// <summary>Workspaces (C# only; the REST API has none).</summary>
    public WorkspaceOperations Workspaces { get; }

    /// <summary>Access tokens checked by the REST layer.</summary>
    public TokenOperations Tokens { get; }

    /// <summary>Databases.</summary>
    public DatabaseOperations Databases { get; }

    /// <summary>Tables.</summary>
    public TableOperations Tables { get; }

    /// <summary>Fields of tables.</summary>
    public FieldOperations Fields { get; }

    /// <summary>Views of tables.</summary>
    public ViewOperations Views { get; }

    /// <summary>Records of tables.</summary>
    public RecordOperations Records { get; }

    /// <summary>Committed changes of every database, as they happen: subscribe to redraw, sync or wait in tests (see <see cref="ChangeFeed"/>).</summary>
    public ChangeFeed Changes => _context.Changes;

    /// <summary>Undo, redo and record history, from each database's journal (see <see cref="JournalOptions"/>).</summary>
    public HistoryOperations History { get; }

    /// <summary>Test fixtures: reset, snapshot and restore, export and seed.</summary>
    public FixtureOperations Fixtures { get; }

    /// <summary>The options the engine was opened with.</summary>
    public SoftrEngineOptions Options => _context.Options;

    internal EngineContext Context => _context;

    /// <summary>Opens (creating when needed) a data directory: a catalog file and one SQLite file per database.</summary>
    /// <param name="directory">The data directory; created when missing.</param>
    /// <param name="options">Clock, ID seed, quotas; <see langword="null"/> for the defaults.</param>
    /// <exception cref="SoftrException"><see cref="ErrorCode.ServiceUnavailable"/> when a file was written by a newer SoftrLite.</exception>
    public static SoftrEngine Open(string directory, SoftrEngineOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        return new SoftrEngine(SqliteLocation.InDirectory(directory), options);
    }

    /// <summary>Opens an engine whose databases live in memory only, with the same semantics as on disk.</summary>
    /// <param name="options">Clock, ID seed, quotas; <see langword="null"/> for the defaults.</param>
    public static SoftrEngine OpenInMemory(SoftrEngineOptions? options = null) => new(SqliteLocation.InMemory(), options);

    /// <summary>
    /// Opens (creating when needed) an engine whose stores are schemas of a PostgreSQL database: a catalog schema named
    /// <paramref name="schemaPrefix"/> and one schema <c>{schemaPrefix}_{database ID}</c> per database. Many engines, in
    /// many processes and on many machines, may open the same server and prefix: they share the data, writes to one
    /// database are serialized by the server, and each engine's change feed sees the others' writes.
    /// </summary>
    /// <param name="connectionString">An Npgsql connection string (host, port, database, user; the schemas are made in its database).</param>
    /// <param name="options">Clock, ID seed, quotas; <see langword="null"/> for the defaults.</param>
    /// <param name="schemaPrefix">The prefix of the engine's schemas: lower-case letters, digits and underscores, starting with a letter, at most 30 characters.</param>
    /// <exception cref="SoftrException"><see cref="ErrorCode.ServiceUnavailable"/> when the server cannot be reached, or its schemas were written by a newer SoftrLite.</exception>
    /// <exception cref="ArgumentException">The prefix is not a valid schema prefix.</exception>
    public static SoftrEngine OpenPostgres(string connectionString, SoftrEngineOptions? options = null, string schemaPrefix = "softrlite")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        if (!System.Text.RegularExpressions.Regex.IsMatch(schemaPrefix ?? string.Empty, "^[a-z][a-z0-9_]{0,29}$"))
        {
            throw new ArgumentException(
                $"The schema prefix '{schemaPrefix}' is not valid: expected lower-case letters, digits and underscores, starting with a letter, at most 30 characters.",
                nameof(schemaPrefix));
        }

        return new SoftrEngine(new Storage.Postgres.PostgresLocation(connectionString, schemaPrefix!), options);
    }

    /// <summary>Closes every file. In memory, the data is gone.</summary>
    public void Dispose() => _context.Dispose();
}
