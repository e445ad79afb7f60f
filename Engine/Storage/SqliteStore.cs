using Microsoft.Data.Sqlite;
using SoftrLite.Errors;

namespace SoftrLite.Storage;

/// <summary>
/// One SQLite file: one writer at a time (queued on a lock), readers in parallel. On disk the file is in
/// WAL mode so readers never wait for the writer; in memory (SQLite's memdb VFS has no WAL) a
/// reader-writer lock gives the same guarantees without "database is locked" failures.
/// </summary>
internal sealed class SqliteStore : IStore
{
    private readonly string _connectionString;

    /// <summary>The functions reads of this store may call from SQL (<c>softr_eval</c>).</summary>
    public SqlEvaluators Evaluators { get; } = new();

    /// <summary>SQLite's SQL spelling; in memory without readable views (see <see cref="SqliteDialect.InMemory"/>).</summary>
    public SqlDialect Dialect => _memoryGate is null ? SqliteDialect.Instance : SqliteDialect.InMemory;
    private readonly Lock _writeLock = new();
    private readonly ReaderWriterLockSlim? _memoryGate;
    private readonly SqliteConnection? _anchor;
    private readonly IdleSessions _readers = new(Math.Max(4, Environment.ProcessorCount * 2));
    private StoreSession? _writer;
    private int _generation;
    private long _transactions;
    private volatile bool _disposed;

    private readonly string _file;

    private SqliteStore(string connectionString, string file, bool inMemory, SqliteConnection? anchor)
    {
        _connectionString = connectionString;
        _file = file;
        _anchor = anchor;
        _memoryGate = inMemory ? new ReaderWriterLockSlim(LockRecursionPolicy.SupportsRecursion) : null;
    }

    /// <summary>
    /// Opens a file of <paramref name="format"/>. On disk (<paramref name="path"/> set) the file must exist and hold a
    /// SoftrLite schema: a missing, empty or foreign file is reported, never re-created. In memory an empty database
    /// gets the current schema. An older file is migrated; a newer one is refused before anything is written.
    /// Opening an up-to-date file only reads, so it never waits for another process's writer.
    /// </summary>
    public static SqliteStore Open(string connectionString, string? path, string description, StoreFormat format)
    {
        if (path is not null)
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw SoftrErrors.FileMissing(description);
            }

            if (info.Length == 0)
            {
                throw SoftrErrors.FileEmpty(description);
            }
        }

        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            var version = FormatMigrator.UserVersion(connection);
            if (version > format.Version)
            {
                throw SoftrErrors.NewerFormat(description, version, format.Version);
            }

            if (version == 0 && path is not null)
            {
                throw SoftrErrors.FileDamaged(description, $"it holds no SoftrLite {format.Kind} (format version 0)");
            }

            if (version == 0)
            {
                using var transaction = connection.BeginTransaction();
                format.Create(connection, transaction, SqliteDialect.Instance);
                FormatMigrator.SetUserVersion(connection, transaction, format.Version);
                transaction.Commit();
            }
            else if (version < format.Version)
            {
                FormatMigrator.Upgrade(connection, format, description);
            }
        }
        catch (Exception exception)
        {
            // A handle that saw a bad file must not go back to the pool: once the file is repaired, a new open
            // (even by a new engine in this process) must see the file as it is now.
            SqliteConnection.ClearPool(connection);
            connection.Dispose();
            if (exception is SqliteException sqlite)
            {
                throw SqliteErrorMapper.Map(sqlite, description);
            }

            throw;
        }

        // In memory the first connection keeps the database alive; on disk it is not needed.
        if (path is not null)
        {
            connection.Dispose();
            return new SqliteStore(connectionString, description, false, null);
        }

        return new SqliteStore(connectionString, description, true, connection);
    }

    /// <summary>
    /// Runs a read on a reader session of its own, in parallel with other reads: one snapshot (a plain <c>BEGIN</c>,
    /// rolled back after: a read has nothing to lose). Sessions are kept open between reads, with their SQL functions
    /// registered and their statements prepared, so a small read costs little more than its own statements.
    /// </summary>
    public T Read<T>(Func<ReadScope, T> work) => OnReader(work, snapshot: true);

    /// <summary>How many transactions (reads and writes) the store has begun: a diagnostic, read by tests that count them per call.</summary>
    public long Transactions => Interlocked.Read(ref _transactions);

    /// <summary>Runs a read holding this process's writer, so no write of this process is in progress meanwhile.</summary>
    public T ReadHoldingWriter<T>(Func<ReadScope, T> work)
    {
        lock (_writeLock)
        {
            return Read(work);
        }
    }

    /// <summary>
    /// Runs a read of exactly one statement on a reader session, with no transaction around it: a single statement sees
    /// one snapshot by itself, and two round trips (<c>BEGIN</c>, <c>ROLLBACK</c>) are saved.
    /// </summary>
    public T ReadOne<T>(Func<ReadScope, T> work) => OnReader(work, snapshot: false);

    private T OnReader<T>(Func<ReadScope, T> work, bool snapshot)
    {
        // Stores are closed with their engine: the caller's object is the engine.
        if (_disposed)
        {
            throw SoftrErrors.EngineDisposed();
        }

        _memoryGate?.EnterReadLock();
        StoreSession? session = null;
        try
        {
            session = RentReader();
            if (snapshot)
            {
                session.Run("BEGIN");
            }

            Interlocked.Increment(ref _transactions);
            try
            {
                return work(new ReadScope(session, null));
            }
            finally
            {
                if (snapshot)
                {
                    session.Run("ROLLBACK");
                }
            }
        }
        catch (SqliteException exception)
        {
            session?.Dispose();
            session = null;
            throw Fail(exception);
        }
        finally
        {
            if (session is not null)
            {
                ReturnReader(session);
            }

            _memoryGate?.ExitReadLock();
        }
    }

    /// <summary>Runs a write as one transaction on the store's writer session; it commits whole or not at all.</summary>
    public T Write<T>(Func<WriteScope, T> work) => Exclusive(work, commit: true);

    /// <summary>
    /// Runs work that may write, holding the writer, then rolls it all back: for checks that compute what a write would
    /// store and compare it with what is stored, changing nothing.
    /// </summary>
    public T Probe<T>(Func<WriteScope, T> work) => Exclusive(work, commit: false);

    private T Exclusive<T>(Func<WriteScope, T> work, bool commit)
    {
        // Stores are closed with their engine: the caller's object is the engine.
        if (_disposed)
        {
            throw SoftrErrors.EngineDisposed();
        }

        lock (_writeLock)
        {
            _memoryGate?.EnterWriteLock();
            try
            {
                var session = Writer();
                using var transaction = ((SqliteConnection)session.Connection).BeginTransaction(deferred: false);
                Interlocked.Increment(ref _transactions);
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
            catch (SqliteException exception)
            {
                throw Fail(exception);
            }
            finally
            {
                _memoryGate?.ExitWriteLock();
            }
        }
    }

    /// <summary>Copies the whole file into memory with SQLite's online backup API: one consistent state.</summary>
    public StoreCopy Copy()
    {
        var copy = new SqliteCopy();
        try
        {
            BackupTo(copy);
            return copy;
        }
        catch
        {
            copy.Dispose();
            throw;
        }
    }

    private void BackupTo(SqliteCopy destination)
    {
        if (_disposed)
        {
            throw SoftrErrors.EngineDisposed();
        }

        _memoryGate?.EnterReadLock();
        try
        {
            using var connection = new SqliteConnection(_connectionString);
            connection.Open();
            connection.BackupDatabase(destination.Connection);
        }
        catch (SqliteException exception)
        {
            throw Fail(exception);
        }
        finally
        {
            _memoryGate?.ExitReadLock();
        }
    }

    /// <summary>Replaces the whole file by the content of <paramref name="copy"/> (the online backup API), holding the writer.</summary>
    public void RestoreFrom(StoreCopy copy)
    {
        var source = (SqliteCopy)copy;
        if (_disposed)
        {
            throw SoftrErrors.EngineDisposed();
        }

        lock (_writeLock)
        {
            _memoryGate?.EnterWriteLock();
            try
            {
                source.Connection.BackupDatabase((SqliteConnection)Writer().Connection);
            }
            catch (SqliteException exception)
            {
                throw Fail(exception);
            }
            finally
            {
                _memoryGate?.ExitWriteLock();
            }
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
            _writer?.Dispose();
            _readers.Close();
            _anchor?.Dispose();
            using var connection = new SqliteConnection(_connectionString);
            SqliteConnection.ClearPool(connection);
            _memoryGate?.Dispose();
        }
    }

    // A failure of the file itself drops the writer and the pooled readers, so that the next call opens the file
    // afresh (after a repair it works again) instead of reusing a handle that saw it broken.
    private SoftrException Fail(SqliteException exception)
    {
        if (SqliteErrorMapper.IsFileFailure(exception) && _anchor is null)
        {
            lock (_writeLock)
            {
                _writer?.Dispose();
                _writer = null;
            }

            Interlocked.Increment(ref _generation);
            _readers.Clear();

            using var connection = new SqliteConnection(_connectionString);
            SqliteConnection.ClearPool(connection);
        }

        return SqliteErrorMapper.Map(exception, _file);
    }

    private StoreSession Writer() => _writer ??= NewSession();

    private StoreSession RentReader() => _readers.Rent(NewSession);

    private StoreSession NewSession() => new(
        new SqliteConnection(_connectionString),
        Dialect,
        Volatile.Read(ref _generation),
        connection => SqlFunctions.Register((SqliteConnection)connection, Evaluators));

    // A session goes back for the next read unless the store closed or a file failure started a new generation
    // meanwhile; at most a few are kept (one per core is all parallel reads can use).
    private void ReturnReader(StoreSession session) =>
        _readers.Return(session, keep: session.Generation == Volatile.Read(ref _generation));
}
