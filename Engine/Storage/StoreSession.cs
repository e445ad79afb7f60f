using System.Data.Common;

namespace SoftrLite.Storage;

/// <summary>
/// One open connection to a store, with its statements kept prepared: a statement is compiled the first time its text
/// is run on this connection and reused after that. A session is used by one caller at a time (the store hands it out
/// and takes it back).
/// </summary>
internal sealed class StoreSession : IDisposable
{
    // Statements are keyed by their text. Texts are built from table and field numbers, so a long-lived session of a
    // file whose schema keeps changing could collect many; past this many the cache starts over.
    private const int MaxStatements = 256;

    private readonly Dictionary<string, DbCommand> _statements = new(StringComparer.Ordinal);

    // What a dialect keeps beside a command (SQLite: its own statement handle), disposed when the command is forgotten.
    private readonly Dictionary<DbCommand, IDisposable> _attached = new(ReferenceEqualityComparer.Instance);

    private readonly string _tag;

    /// <summary>
    /// Opens <paramref name="connection"/> and runs <paramref name="opened"/> on it (SQLite registers its functions there).
    /// <paramref name="tag"/> goes before every statement's text: PostgreSQL keeps prepared statements on pooled connections
    /// shared by every schema, so the same text in two schemas (whose tables differ) must be two statements.
    /// </summary>
    public StoreSession(DbConnection connection, SqlDialect dialect, int generation, Action<DbConnection>? opened = null, string tag = "")
    {
        Connection = connection;
        Dialect = dialect;
        _tag = tag;
        try
        {
            Connection.Open();
            opened?.Invoke(Connection);
        }
        catch
        {
            Connection.Dispose();
            throw;
        }

        Generation = generation;
    }

    public DbConnection Connection { get; }

    /// <summary>What goes before every statement's text on this session (see the constructor).</summary>
    public string Tag => _tag;

    /// <summary>The SQL spelling of the store this session is connected to.</summary>
    public SqlDialect Dialect { get; }

    /// <summary>The schema rows last read or published on this session (see <see cref="DatabaseStore.Schema"/>).</summary>
    public SchemaRows? Schema { get; set; }

    /// <summary>The store's generation when the session was opened; a file failure starts a new one, and older sessions are closed.</summary>
    public int Generation { get; }

    /// <summary>
    /// The prepared command of <paramref name="sql"/> on this connection, bound to <paramref name="transaction"/>. Its
    /// parameters (<paramref name="names"/>, then <paramref name="columns"/> values <c>@c0</c>…) are declared when it is
    /// first made and keep the values of their last use until set again; a reader it opened must be closed before it runs again.
    /// </summary>
    public DbCommand Statement(string sql, DbTransaction? transaction, ReadOnlySpan<string> names = default, int columns = 0)
    {
        if (!_statements.TryGetValue(sql, out var command))
        {
            if (_statements.Count >= MaxStatements)
            {
                ForgetStatements();
            }

            command = Connection.CreateCommand();
            command.CommandText = _tag + sql;
            foreach (var name in names)
            {
                Add(command, name);
            }

            // Column values are named @c0, @c1, … after the named parameters.
            for (var i = 0; i < columns; i++)
            {
                Add(command, "@c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            _statements[sql] = command;
        }

        command.Transaction = transaction;
        return command;
    }

    /// <summary>
    /// What the dialect keeps beside a command of this session (made by <paramref name="make"/> the first time), disposed
    /// with the command: before the connection closes, and when the statement cache starts over.
    /// </summary>
    public T Attached<T>(DbCommand command, Func<DbCommand, T> make)
        where T : class, IDisposable
    {
        if (!_attached.TryGetValue(command, out var attached))
        {
            _attached[command] = attached = make(command);
        }

        return (T)attached;
    }

    /// <summary>Runs a statement without parameters on this connection (<c>BEGIN</c>, <c>ROLLBACK</c>).</summary>
    public void Run(string sql) => Statement(sql, null).ExecuteNonQuery();

    private static void Add(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = DBNull.Value;
        command.Parameters.Add(parameter);
    }

    public void Dispose()
    {
        ForgetStatements();
        Connection.Dispose();
    }

    private void ForgetStatements()
    {
        foreach (var attached in _attached.Values)
        {
            attached.Dispose();
        }

        _attached.Clear();
        foreach (var command in _statements.Values)
        {
            command.Dispose();
        }

        _statements.Clear();
    }
}
