using System.Data.Common;
using Dapper;

namespace SoftrLite.Storage;

/// <summary>
/// One consistent view of one file, for the length of a call: a read sees one snapshot, a write (see
/// <see cref="WriteScope"/>) its own transaction. Made by the store; the operations on it (in <see cref="DatabaseStore"/>,
/// <see cref="RecordStore"/>, <see cref="CatalogStore"/>) are the only way other folders reach the file, so the
/// connection, the transaction and the prepared statements stay inside Storage.
/// </summary>
internal class ReadScope
{
    private readonly StoreSession _session;

    internal ReadScope(StoreSession session, DbTransaction? transaction)
    {
        _session = session;
        Transaction = transaction;
    }

    internal DbConnection Connection => _session.Connection;

    internal DbTransaction? Transaction { get; }

    /// <summary>The SQL spelling of the store (SQLite or PostgreSQL).</summary>
    public SqlDialect Dialect => _session.Dialect;

    /// <summary>
    /// The schema rows this session kept: those of the last revision it read or a write on it published (see
    /// <see cref="DatabaseStore.Schema"/>, which decides when they may serve).
    /// </summary>
    internal SchemaRows? KeptSchema => _session.Schema;

    /// <summary>Keeps <paramref name="rows"/> for later calls on this session; they must be committed rows.</summary>
    internal void KeepSchema(SchemaRows rows) => _session.Schema = rows;

    /// <summary>Whether every row this scope reads is a committed one: true for reads; a write says until it changes a row.</summary>
    internal virtual bool SeesCommittedRows => true;

    /// <summary>The session's count of changed rows (see <see cref="SqlDialect.RowsChanged"/>).</summary>
    private protected long? RowsChanged() => _session.Dialect.RowsChanged(_session.Connection);

    /// <summary>Runs a built statement and reads each row with <paramref name="read"/>.</summary>
    public List<T> Rows<T>(SqlStatement statement, Func<DbDataReader, T> read)
    {
        var rows = new List<T>(statement.ExpectedRows);
        using var reader = Bind(statement).ExecuteReader();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>Runs a built statement and returns its reader (the caller disposes it).</summary>
    public DbDataReader Reader(SqlStatement statement) => Bind(statement).ExecuteReader();

    /// <summary>Runs a built statement and hands each row to <paramref name="read"/>.</summary>
    public void Each(SqlStatement statement, Action<DbDataReader> read)
    {
        using var reader = Bind(statement).ExecuteReader();
        while (reader.Read())
        {
            read(reader);
        }
    }

    /// <summary>Runs a built statement that returns one integer (a count).</summary>
    public long Count(SqlStatement statement) => Convert.ToInt64(Bind(statement).ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Runs a write command made by <see cref="Statement"/>, as the dialect runs writes; returns the rows it changed.</summary>
    internal int Execute(DbCommand command) => _session.Dialect.Execute(_session, command);

    /// <summary>Runs a query command made by <see cref="Statement"/> (with a fixed list of parameters) and gives its rows.</summary>
    internal RowCursor Query(DbCommand command) => _session.Dialect.Query(_session, command);

    /// <summary>Runs a built statement and gives its rows through the provider's reader (the caller disposes them).</summary>
    internal RowCursor Cursor(SqlStatement statement) => new ReaderCursor(Reader(statement));

    /// <summary>Runs an INSERT command made by <see cref="Statement"/> from <see cref="SqlDialect.InsertReturningKey"/>; returns the new row's key.</summary>
    internal long ExecuteInsert(DbCommand command) => _session.Dialect.ExecuteInsert(_session, command);

    /// <summary>The prepared command of a fixed statement of Storage on this connection (see <see cref="StoreSession.Statement"/>).</summary>
    internal DbCommand Statement(string sql, ReadOnlySpan<string> names = default, int columns = 0) => _session.Statement(sql, Transaction, names, columns);

    internal List<T> Query<T>(string sql, object? parameters = null) => Connection.Query<T>(Tag + sql, parameters, Transaction).AsList();

    internal T? SingleOrDefault<T>(string sql, object? parameters = null) => Connection.QuerySingleOrDefault<T>(Tag + sql, parameters, Transaction);

    internal T Single<T>(string sql, object? parameters = null) => Connection.QuerySingle<T>(Tag + sql, parameters, Transaction);

    internal T Scalar<T>(string sql, object? parameters = null) => Connection.ExecuteScalar<T>(Tag + sql, parameters, Transaction)!;

    internal int Execute(string sql, object? parameters = null) => Connection.Execute(Tag + sql, parameters, Transaction);

    /// <summary>
    /// Runs a statement without parameters whose text is seldom seen twice (DDL naming one column), as a command of its own:
    /// neither kept prepared nor remembered by Dapper.
    /// </summary>
    internal void ExecuteOnce(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = Tag + sql;
        command.Transaction = Transaction;
        command.ExecuteNonQuery();
    }

    /// <summary>What goes before every statement's text on this scope's session (see <see cref="StoreSession.Tag"/>).</summary>
    internal string Tag => _session.Tag;

    private DbCommand Bind(SqlStatement statement)
    {
        var command = Statement(statement.Text);
        var parameters = command.Parameters;

        // The same text names the same parameters in the same order: their values are set in place (a prepared command
        // keeps the parameter objects it was bound with, so they are never swapped for new ones).
        if (parameters.Count == statement.Parameters.Count)
        {
            var i = 0;
            while (i < parameters.Count && parameters[i].ParameterName == statement.Parameters[i].Key)
            {
                i++;
            }

            if (i == parameters.Count)
            {
                for (i = 0; i < parameters.Count; i++)
                {
                    parameters[i].Value = statement.Parameters[i].Value;
                }

                return command;
            }
        }

        // Another list of parameters for the same text (a statement may carry values its text does not use): the command
        // parses its text again, since Npgsql keeps the parameter objects it bound at the last parse.
        parameters.Clear();
        command.CommandText = command.CommandText;
        foreach (var (name, value) in statement.Parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            parameters.Add(parameter);
        }

        return command;
    }
}
