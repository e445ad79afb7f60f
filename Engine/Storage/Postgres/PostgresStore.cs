using System.Data;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using SoftrLite.Errors;

namespace SoftrLite.Storage.Postgres;

/// <summary>
/// One schema of a PostgreSQL database as a store. Reads run on sessions of their own in one snapshot each
/// (<c>REPEATABLE READ READ ONLY</c>), in parallel with writes. Writes are one at a time per schema across every process
/// and machine sharing the server: each takes a transaction-scoped advisory lock keyed by the schema's name, so the
/// one-writer rule of a SQLite file holds here too, with PostgreSQL's own means, and a writer that dies releases it.
/// </summary>
internal sealed class PostgresStore : IStore
{
    private readonly string _connectionString;
    private readonly string _schema;
    private readonly string _server;
    private readonly long _lockKey;
    private readonly Lock _writeLock = new();
    private readonly IdleSessions _readers = new(4);
    private StoreSession? _writer;
    private long _transactions;
    private volatile bool _disposed;

    public PostgresStore(string connectionString, string schema, string server)
    {
        _connectionString = connectionString;
        _schema = schema;
        _server = server;
        _lockKey = LockKey(schema);
    }

    public SqlDialect Dialect => PostgresDialect.Instance;

    /// <summary>Never called on PostgreSQL: its statements cannot call into this process (see <see cref="SqlDialect.CallsIntoProcess"/>).</summary>
    public SqlEvaluators Evaluators { get; } = new();

    public long Transactions => Interlocked.Read(ref _transactions);

    /// <summary>The advisory lock key of a schema's writer: the first 8 bytes of the SHA-256 of its name.</summary>
    public static long LockKey(string schema) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("softrlite:" + schema)), 0);

    public T Read<T>(Func<ReadScope, T> work) => OnReader(work, snapshot: true);

    public T ReadOne<T>(Func<ReadScope, T> work) => OnReader(work, snapshot: false);

    public T ReadHoldingWriter<T>(Func<ReadScope, T> work)
    {
        lock (_writeLock)
        {
            return Read(work);
        }
    }

    public T Write<T>(Func<WriteScope, T> work) => Exclusive(work, commit: true);

    public T Probe<T>(Func<WriteScope, T> work) => Exclusive(work, commit: false);

    public StoreCopy Copy()
    {
        ThrowIfDisposed();
        lock (_writeLock)
        {
            return Guard(() => PostgresCopy.Take(_connectionString, _schema));
        }
    }

    public void RestoreFrom(StoreCopy copy)
    {
        ThrowIfDisposed();
        lock (_writeLock)
        {
            // Sessions hold statements prepared against the tables being replaced: they start afresh.
            ForgetSessions();
            Guard(() =>
            {
                ((PostgresCopy)copy).RestoreInto(_connectionString, _schema, _lockKey);
                return 0;
            });
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        lock (_writeLock)
        {
            _disposed = true;
            ForgetSessions();
            _readers.Close();
        }
    }

    /// <summary>A PostgreSQL failure as the engine's error: conflicts, lock waits and lost connections each clearly.</summary>
    public static SoftrException Map(NpgsqlException exception, string store, string server) => exception switch
    {
        PostgresException { SqlState: "23505" or "23503" or "23514" or "23502" } => SoftrErrors.Constraint(exception),
        PostgresException { SqlState: "40001" or "40P01" or "55P03" or "57014" } => SoftrErrors.PostgresBusy(store, exception),
        PostgresException { SqlState: "53100" } => SoftrErrors.DiskFull(store, exception),
        PostgresException postgres => SoftrErrors.PostgresFailed(store, postgres.SqlState, postgres.MessageText, exception),
        _ => SoftrErrors.PostgresUnreachable(server, exception.Message, exception),
    };

    private T OnReader<T>(Func<ReadScope, T> work, bool snapshot)
    {
        ThrowIfDisposed();
        StoreSession? session = null;
        try
        {
            session = RentReader();
            Interlocked.Increment(ref _transactions);
            if (!snapshot)
            {
                return work(new ReadScope(session, null));
            }

            using var transaction = ((NpgsqlConnection)session.Connection).BeginTransaction(IsolationLevel.RepeatableRead);
            var result = work(new ReadScope(session, transaction));
            transaction.Rollback();
            return result;
        }
        catch (NpgsqlException exception)
        {
            Discard(session);
            session = null;
            throw Map(exception, _schema, _server);
        }
        finally
        {
            if (session is not null)
            {
                ReturnReader(session);
            }
        }
    }

    private T Exclusive<T>(Func<WriteScope, T> work, bool commit)
    {
        ThrowIfDisposed();
        lock (_writeLock)
        {
            var session = _writer ??= NewSession();
            try
            {
                using var transaction = ((NpgsqlConnection)session.Connection).BeginTransaction(IsolationLevel.ReadCommitted);
                Interlocked.Increment(ref _transactions);
                var locking = session.Statement("SELECT pg_advisory_xact_lock(@key)", transaction, ["@key"]);
                locking.Parameters[0].Value = _lockKey;
                locking.ExecuteNonQuery();
                var scope = new WriteScope(session, transaction);
                var result = work(scope);
                if (commit)
                {
                    transaction.Commit();
                    scope.Committed();
                }
                else
                {
                    transaction.Rollback();
                }

                return result;
            }
            catch (NpgsqlException exception)
            {
                // A broken connection is not reused; the next write opens another.
                if (session.Connection.State != ConnectionState.Open || exception is not PostgresException)
                {
                    Discard(session);
                    _writer = null;
                }

                throw Map(exception, _schema, _server);
            }
        }
    }

    private T Guard<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (NpgsqlException exception)
        {
            throw Map(exception, _schema, _server);
        }
    }

    private void ThrowIfDisposed()
    {
        // Stores are closed with their engine: the caller's object is the engine.
        if (_disposed)
        {
            throw SoftrErrors.EngineDisposed();
        }
    }

    // Every session runs with the store's schema alone as search path, so statements name tables as on SQLite.
    // Statements carry the schema's name as a comment: see StoreSession's tag.
    private StoreSession NewSession() => new(
        new NpgsqlConnection(_connectionString),
        PostgresDialect.Instance,
        0,
        connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SET search_path TO {SqlNames.Quote(_schema)}";
            command.ExecuteNonQuery();
        },
        $"/* {_schema.Replace("*/", string.Empty, StringComparison.Ordinal)} */ ");

    // Closes a session for good: its prepared statements go too, so the pooled connection comes back clean.
    private static void Discard(StoreSession? session)
    {
        if (session is null)
        {
            return;
        }

        try
        {
            if (session.Connection is NpgsqlConnection { State: ConnectionState.Open } connection)
            {
                connection.UnprepareAll();
            }
        }
        catch (NpgsqlException)
        {
            // The connection is broken: nothing is left to unprepare.
        }

        session.Dispose();
    }

    private StoreSession RentReader() => _readers.Rent(NewSession);

    private void ReturnReader(StoreSession session) => _readers.Return(session, keep: true);

    private void ForgetSessions()
    {
        _writer?.Dispose();
        _writer = null;
        _readers.Clear();
    }
}
