using System.Data.Common;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace SoftrLite.Storage;

/// <summary>
/// A fixed statement of Storage run on SQLite's own statement handle, its parameters bound by position: record writes,
/// and the reads of record rows by ID (read through <see cref="SqliteRows"/>). Microsoft.Data.Sqlite
/// finds every parameter by its name on every execution (the name encoded to UTF-8, then looked up in the statement's
/// list): on a 16-column insert that was most of the statement's managed cost. Here the positions are found once, text is
/// bound as UTF-16 without a copy, and the statement is reset after each step. Errors are the same
/// <see cref="SqliteException"/> Microsoft.Data.Sqlite throws, so <see cref="SqliteErrorMapper"/> reads them alike.
/// Owned by the <see cref="StoreSession"/> of its connection, which finalizes it before the connection closes.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly int[] _positions;

    /// <summary>Prepares the text of <paramref name="command"/> (one statement) on its connection.</summary>
    public SqliteStatement(DbCommand command)
    {
        _db = ((SqliteConnection)command.Connection!).Handle!;
        var rc = raw.sqlite3_prepare_v3(_db, command.CommandText, raw.SQLITE_PREPARE_PERSISTENT, out _statement, out string tail);
        SqliteException.ThrowExceptionForRC(rc, _db);
        if (!string.IsNullOrWhiteSpace(tail))
        {
            _statement.Dispose();
            throw new InvalidOperationException($"A positional statement must be one statement; this one goes on with '{tail}'.");
        }

        _positions = new int[command.Parameters.Count];
        for (var i = 0; i < _positions.Length; i++)
        {
            _positions[i] = raw.sqlite3_bind_parameter_index(_statement, command.Parameters[i].ParameterName);
        }

        if (_positions.Count(p => p > 0) != raw.sqlite3_bind_parameter_count(_statement))
        {
            _statement.Dispose();
            throw new InvalidOperationException($"The parameters of '{command.CommandText}' do not match the statement's.");
        }
    }

    /// <summary>Binds the values of <paramref name="parameters"/> (the command's, in its order), runs the statement once and returns the rows it changed.</summary>
    public int Execute(DbParameterCollection parameters)
    {
        Bind(parameters);
        Step(_db, _statement);
        raw.sqlite3_reset(_statement);
        return raw.sqlite3_changes(_db);
    }

    /// <summary>
    /// Takes one step of <paramref name="statement"/> and returns <c>SQLITE_ROW</c> or <c>SQLITE_DONE</c>; on an error,
    /// resets the statement (so it can run again) and throws the provider's <see cref="SqliteException"/> for it.
    /// </summary>
    public static int Step(sqlite3 db, sqlite3_stmt statement)
    {
        var rc = raw.sqlite3_step(statement);
        if (rc is not (raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            try
            {
                SqliteException.ThrowExceptionForRC(rc, db);
            }
            finally
            {
                raw.sqlite3_reset(statement);
            }
        }

        return rc;
    }

    /// <summary>Binds the values of <paramref name="parameters"/> and starts the query; the rows must be disposed before it runs again.</summary>
    public RowCursor Query(DbParameterCollection parameters)
    {
        Bind(parameters);
        return new SqliteRows(_db, _statement);
    }

    public void Dispose() => _statement.Dispose();

    private void Bind(DbParameterCollection parameters)
    {
        if (parameters.Count != _positions.Length)
        {
            throw new InvalidOperationException($"A positional statement was prepared with {_positions.Length} parameters and given {parameters.Count}.");
        }

        for (var i = 0; i < _positions.Length; i++)
        {
            if (_positions[i] > 0)
            {
                Bind(_positions[i], parameters[i].Value);
            }
        }
    }

    private void Bind(int position, object? value)
    {
        var rc = value switch
        {
            null or DBNull => raw.sqlite3_bind_null(_statement, position),

            // An empty span would be bound as a null pointer, which SQLite takes for NULL: the empty text goes as a string.
            string { Length: 0 } => raw.sqlite3_bind_text(_statement, position, string.Empty),
            string text => raw.sqlite3_bind_text16(_statement, position, text.AsSpan()),
            long integer => raw.sqlite3_bind_int64(_statement, position, integer),
            int integer => raw.sqlite3_bind_int64(_statement, position, integer),
            double real => raw.sqlite3_bind_double(_statement, position, real),
            bool flag => raw.sqlite3_bind_int64(_statement, position, flag ? 1 : 0),
            byte[] bytes => raw.sqlite3_bind_blob(_statement, position, bytes),
            _ => throw new InvalidOperationException($"A positional statement cannot bind a {value.GetType().Name}."),
        };
        SqliteException.ThrowExceptionForRC(rc, _db);
    }
}
