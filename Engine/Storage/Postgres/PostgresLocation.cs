using System.Data.Common;
using Npgsql;
using SoftrLite.Errors;

namespace SoftrLite.Storage.Postgres;

/// <summary>
/// Where a PostgreSQL engine keeps its stores: in one PostgreSQL database (the connection string's), a schema for the
/// catalog (named by the prefix, <c>softrlite</c> by default) and a schema per SoftrLite database
/// (<c>{prefix}_{database ID}</c>). Each store's connections have their schema as search path, so the engine's
/// statements name tables exactly as on SQLite. A schema per database keeps a database's tables together: it is made
/// and dropped in one statement, backed up alone with <c>pg_dump --schema</c>, and is the unit Citus shards by.
/// </summary>
internal sealed class PostgresLocation : StorageLocation
{
    private const int MaxIdentifier = 63;
    private readonly string _server;
    private readonly NpgsqlConnectionStringBuilder _base;

    /// <summary>A location in the database of <paramref name="connectionString"/>, with schemas named after <paramref name="prefix"/>.</summary>
    public PostgresLocation(string connectionString, string prefix)
    {
        _base = new NpgsqlConnectionStringBuilder(connectionString)
        {
            // Statements are prepared on the server after their second use; the engine's texts are few and reused.
            MaxAutoPrepare = 256,
            AutoPrepareMinUsages = 2,

        };
        _server = $"{_base.Host}:{_base.Port}/{_base.Database}";
        Prefix = prefix;
        CatalogSchema = prefix;
    }

    /// <summary>The prefix of every schema of this location.</summary>
    public string Prefix { get; }

    /// <summary>The catalog's schema.</summary>
    public string CatalogSchema { get; }

    public override bool IsInMemory => false;

    /// <summary>The schema of a database.</summary>
    public string SchemaOf(DatabaseId id) => Prefix + "_" + id.Value;

    public override IStore OpenCatalog(StoreFormat format, TimeSpan busyTimeout)
    {
        // Engines starting at once on an empty server all make the catalog's schema: one does, under a lock, the others wait and find it.
        Run(CatalogSchema, busyTimeout, (connection, transaction) =>
        {
            Lock(connection, transaction, CatalogSchema);
            if (FormatVersion(connection, transaction, CatalogSchema) is not { } version)
            {
                Build(connection, transaction, CatalogSchema, format, database: false);
            }
            else if (version > format.Version)
            {
                throw SoftrErrors.PostgresNewerFormat(CatalogSchema, version, format.Version);
            }
        });
        return new PostgresStore(ConnectionString(CatalogSchema, busyTimeout), CatalogSchema, _server);
    }

    public override IStore OpenDatabase(DatabaseId id, StoreFormat format, TimeSpan busyTimeout)
    {
        var schema = SchemaOf(id);
        Run(schema, busyTimeout, (connection, transaction) =>
        {
            var version = FormatVersion(connection, transaction, schema) ?? throw SoftrErrors.PostgresSchemaMissing(schema);
            if (version > format.Version)
            {
                throw SoftrErrors.PostgresNewerFormat(schema, version, format.Version);
            }
        });
        return new PostgresStore(ConnectionString(schema, busyTimeout), schema, _server);
    }

    public override bool CreateDatabase(DatabaseId id, StoreFormat format, TimeSpan busyTimeout, Action? whileBuilding)
    {
        var schema = SchemaOf(id);
        var created = false;
        Run(schema, busyTimeout, (connection, transaction) =>
        {
            Lock(connection, transaction, schema);
            if (Exists(connection, transaction, schema))
            {
                return;
            }

            Build(connection, transaction, schema, format, database: true);
            whileBuilding?.Invoke();
            created = true;
        });
        return created;
    }

    public override bool DatabaseExists(DatabaseId id)
    {
        var exists = false;
        Run(SchemaOf(id), TimeSpan.FromSeconds(30), (connection, transaction) => exists = Exists(connection, transaction, SchemaOf(id)));
        return exists;
    }

    public override void DeleteDatabase(DatabaseId id) =>
        Run(SchemaOf(id), TimeSpan.FromSeconds(30), (connection, transaction) => Execute(connection, transaction, $"DROP SCHEMA IF EXISTS {SqlNames.Quote(SchemaOf(id))} CASCADE"));

    public override string Describe(DatabaseId id) => SchemaOf(id);

    /// <summary>
    /// The connection string of a store's sessions: the same for every schema of the server, so that every store of the
    /// process shares one connection pool and one cache of the server's types; each session sets its schema as search
    /// path when it opens (see <see cref="PostgresStore"/>).
    /// </summary>
    public string ConnectionString(string schema, TimeSpan busyTimeout)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(schema) > MaxIdentifier)
        {
            throw new ArgumentException($"The schema name '{schema}' is longer than PostgreSQL's {MaxIdentifier} bytes; use a shorter prefix.", nameof(schema));
        }

        return new NpgsqlConnectionStringBuilder(_base.ConnectionString)
        {
            CommandTimeout = Math.Max(30, (int)Math.Ceiling(busyTimeout.TotalSeconds)),
        }.ConnectionString;
    }

    // Makes a schema and its tables (the format's DDL, in SQLite's type names, spelled by the dialect) in one transaction.
    private static void Build(DbConnection connection, DbTransaction transaction, string schema, StoreFormat format, bool database)
    {
        var quoted = SqlNames.Quote(schema);
        Execute(connection, transaction, $"CREATE SCHEMA IF NOT EXISTS {quoted}");
        Execute(connection, transaction, $"SET LOCAL search_path TO {quoted}");
        format.Create(connection, transaction, PostgresDialect.Instance);
        if (database)
        {
            // Case folding for filters and sorts, the same for every database whatever its default collation: lower() of
            // the C.UTF-8 locale maps case one character to one, as .NET's invariant culture does.
            var collation = Ask(connection, transaction, "SELECT EXISTS(SELECT 1 FROM pg_collation WHERE collname = 'C.utf8')") ? " COLLATE \"C.utf8\"" : string.Empty;
            Execute(connection, transaction, $"CREATE FUNCTION softr_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT lower(t{collation}) $$");
        }

        Execute(connection, transaction, "CREATE TABLE _softrlite(key text PRIMARY KEY, value bigint NOT NULL)");
        using var version = connection.CreateCommand();
        version.Transaction = transaction;
        version.CommandText = "INSERT INTO _softrlite(key, value) VALUES ('format', @version)";
        Parameter(version, "@version", format.Version);
        version.ExecuteNonQuery();
    }

    private static long? FormatVersion(DbConnection connection, DbTransaction transaction, string schema)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT CASE WHEN to_regclass(@table) IS NULL THEN NULL ELSE 0 END";
        Parameter(command, "@table", SqlNames.Quote(schema) + "._softrlite");
        if (command.ExecuteScalar() is not (long or int))
        {
            return null;
        }

        command.CommandText = $"SELECT value FROM {SqlNames.Quote(schema)}._softrlite WHERE key = 'format'";
        return command.ExecuteScalar() is long version ? version : null;
    }

    private static bool Exists(DbConnection connection, DbTransaction transaction, string schema) =>
        Ask(connection, transaction, "SELECT EXISTS(SELECT 1 FROM pg_namespace WHERE nspname = @schema)", schema);

    private static bool Ask(DbConnection connection, DbTransaction transaction, string sql, string? schema = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        if (schema is not null)
        {
            Parameter(command, "@schema", schema);
        }

        return command.ExecuteScalar() is true;
    }

    // Creating a schema is serialized per name with an advisory lock held to the end of the transaction.
    private static void Lock(DbConnection connection, DbTransaction transaction, string schema)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_advisory_xact_lock(@key)";
        Parameter(command, "@key", PostgresStore.LockKey(schema));
        command.ExecuteNonQuery();
    }

    // One short transaction on a connection of its own; failures name the schema it was about.
    private void Run(string schema, TimeSpan busyTimeout, Action<DbConnection, DbTransaction> work)
    {
        try
        {
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_base.ConnectionString)
            {
                CommandTimeout = Math.Max(30, (int)Math.Ceiling(busyTimeout.TotalSeconds)),
            }.ConnectionString);
            connection.Open();
            using var transaction = connection.BeginTransaction();
            work(connection, transaction);
            transaction.Commit();
        }
        catch (NpgsqlException exception)
        {
            throw PostgresStore.Map(exception, schema, _server);
        }
    }

    private static void Execute(DbConnection connection, DbTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
