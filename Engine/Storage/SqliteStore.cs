using Microsoft.Data.Sqlite;
using SoftrLite.Errors;

namespace SoftrLite.Storage;

/// <summary>
/// One SQLite file: one writer at a time (queued on a lock), readers in parallel. On disk the file is in
/// WAL mode so readers never wait for the writer; in memory (SQLite's memdb VFS has no WAL) a
/// reader-writer lock gives the same guarantees without "database is locked" failures.
/// </summary>
internal sealed class SqliteStore : IDisposable
{
    private readonly string _connectionString;
    private readonly Lock _writeLock = new();
    private readonly ReaderWriterLockSlim? _memoryGate;
    private readonly SqliteConnection? _anchor;
    private SqliteConnection? _writer;
    private bool _disposed;

    private SqliteStore(string connectionString, bool inMemory, SqliteConnection? anchor)
    {
        _connectionString = connectionString;
        _anchor = anchor;
        _memoryGate = inMemory ? new ReaderWriterLockSlim(LockRecursionPolicy.SupportsRecursion) : null;
    }

    /// <summary>
    /// Opens (creating when asked) a file whose format version is at most <paramref name="supportedVersion"/>.
    /// The version is checked before anything is written, so a newer file is left untouched.
    /// </summary>
    public static SqliteStore Open(string connectionString, bool inMemory, string description, long supportedVersion, Action<SqliteConnection, SqliteTransaction> createSchema)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            var version = Scalar(connection, "PRAGMA user_version");
            if (version > supportedVersion)
            {
                throw SoftrErrors.NewerFormat(description, version, supportedVersion);
            }

            if (!inMemory)
            {
                Execute(connection, "PRAGMA journal_mode = WAL");
            }

            if (version < supportedVersion)
            {
                using var transaction = connection.BeginTransaction();
                createSchema(connection, transaction);
                Execute(connection, $"PRAGMA user_version = {supportedVersion}", transaction);
                transaction.Commit();
            }
        }
        catch (SqliteException exception)
        {
            connection.Dispose();
            throw SqliteErrorMapper.Map(exception);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        // In memory the first connection keeps the database alive; on disk it is not needed.
        if (!inMemory)
        {
            connection.Dispose();
            return new SqliteStore(connectionString, false, null);
        }

        return new SqliteStore(connectionString, true, connection);
    }

    /// <summary>Runs a read on its own pooled connection, in parallel with other reads.</summary>
    public T Read<T>(Func<SqliteConnection, T> work)
    {
        // Stores are closed with their engine: the caller's object is the engine.
        ObjectDisposedException.ThrowIf(_disposed, typeof(SoftrEngine));
        _memoryGate?.EnterReadLock();
        try
        {
            using var connection = new SqliteConnection(_connectionString);
            connection.Open();
            SqlFunctions.Register(connection);

            // A read of several statements must see one snapshot. A plain BEGIN (not a SqliteTransaction)
            // keeps callers free of transaction plumbing; a read-only transaction has nothing to lose on
            // ROLLBACK.
            Execute(connection, "BEGIN");
            try
            {
                return work(connection);
            }
            finally
            {
                Execute(connection, "ROLLBACK");
            }
        }
        catch (SqliteException exception)
        {
            throw SqliteErrorMapper.Map(exception);
        }
        finally
        {
            _memoryGate?.ExitReadLock();
        }
    }

    /// <summary>Runs a write as one transaction on the store's writer connection; it commits whole or not at all.</summary>
    public T Write<T>(Func<SqliteConnection, SqliteTransaction, T> work)
    {
        // Stores are closed with their engine: the caller's object is the engine.
        ObjectDisposedException.ThrowIf(_disposed, typeof(SoftrEngine));
        lock (_writeLock)
        {
            _memoryGate?.EnterWriteLock();
            try
            {
                var connection = Writer();
                using var transaction = connection.BeginTransaction(deferred: false);
                var result = work(connection, transaction);
                transaction.Commit();
                return result;
            }
            catch (SqliteException exception)
            {
                throw SqliteErrorMapper.Map(exception);
            }
            finally
            {
                _memoryGate?.ExitWriteLock();
            }
        }
    }

    /// <summary>Copies the whole file into <paramref name="destination"/> with SQLite's online backup API: one consistent state.</summary>
    public void BackupTo(SqliteConnection destination)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _memoryGate?.EnterReadLock();
        try
        {
            using var connection = new SqliteConnection(_connectionString);
            connection.Open();
            connection.BackupDatabase(destination);
        }
        catch (SqliteException exception)
        {
            throw SqliteErrorMapper.Map(exception);
        }
        finally
        {
            _memoryGate?.ExitReadLock();
        }
    }

    /// <summary>Replaces the whole file by the content of <paramref name="source"/> (the online backup API), holding the writer.</summary>
    public void RestoreFrom(SqliteConnection source)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        lock (_writeLock)
        {
            _memoryGate?.EnterWriteLock();
            try
            {
                source.BackupDatabase(Writer());
            }
            catch (SqliteException exception)
            {
                throw SqliteErrorMapper.Map(exception);
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
            _anchor?.Dispose();
            using var connection = new SqliteConnection(_connectionString);
            SqliteConnection.ClearPool(connection);
            _memoryGate?.Dispose();
        }
    }

    private SqliteConnection Writer()
    {
        if (_writer is null)
        {
            _writer = new SqliteConnection(_connectionString);
            _writer.Open();
            SqlFunctions.Register(_writer);
        }

        return _writer;
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
