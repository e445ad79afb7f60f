using Microsoft.Data.Sqlite;

namespace SoftrLite.Storage;

/// <summary>
/// One open connection to a file, with the engine's SQL functions registered once and its statements kept prepared:
/// a statement is compiled the first time its text is run on this connection and reused after that. A session is
/// used by one caller at a time (the store hands it out and takes it back).
/// </summary>
internal sealed class StoreSession : IDisposable
{
    // Statements are keyed by their text. Texts are built from table and field numbers, so a long-lived session of a
    // file whose schema keeps changing could collect many; past this many the cache starts over.
    private const int MaxStatements = 256;

    private readonly Dictionary<string, SqliteCommand> _statements = new(StringComparer.Ordinal);

    public StoreSession(string connectionString, int generation, SqlEvaluators? evaluators = null)
    {
        Connection = new SqliteConnection(connectionString);
        try
        {
            Connection.Open();
            SqlFunctions.Register(Connection, evaluators);
        }
        catch
        {
            Connection.Dispose();
            throw;
        }

        Generation = generation;
    }

    public SqliteConnection Connection { get; }

    /// <summary>The store's generation when the session was opened; a file failure starts a new one, and older sessions are closed.</summary>
    public int Generation { get; }

    /// <summary>
    /// The prepared command of <paramref name="sql"/> on this connection, bound to <paramref name="transaction"/>. Its
    /// parameters (<paramref name="names"/>, then <paramref name="columns"/> values <c>@c0</c>…) are declared when it is
    /// first made and keep the values of their last use until set again; a reader it opened must be closed before it runs again.
    /// </summary>
    public SqliteCommand Statement(string sql, SqliteTransaction? transaction, ReadOnlySpan<string> names = default, int columns = 0)
    {
        if (!_statements.TryGetValue(sql, out var command))
        {
            if (_statements.Count >= MaxStatements)
            {
                ForgetStatements();
            }

            command = Connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in names)
            {
                command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
            }

            // Column values are named @c0, @c1, … after the named parameters.
            for (var i = 0; i < columns; i++)
            {
                command.Parameters.Add(new SqliteParameter("@c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), DBNull.Value));
            }
            _statements[sql] = command;
        }

        command.Transaction = transaction;
        return command;
    }

    /// <summary>Runs a statement without parameters on this connection (<c>BEGIN</c>, <c>ROLLBACK</c>).</summary>
    public void Run(string sql) => Statement(sql, null).ExecuteNonQuery();

    public void Dispose()
    {
        ForgetStatements();
        Connection.Dispose();
    }

    private void ForgetStatements()
    {
        foreach (var command in _statements.Values)
        {
            command.Dispose();
        }

        _statements.Clear();
    }
}
