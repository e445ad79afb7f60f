using System.Data.Common;

namespace SoftrLite.Storage;

/// <summary>
/// What differs between the SQL of the two back ends (SQLite and PostgreSQL), in one place: the fragments that
/// statements built in Storage and Query need and that the two databases spell differently. Everything else (table
/// and column names, the shape of each statement, every value a parameter) is the same text on both.
/// </summary>
internal abstract class SqlDialect
{
    /// <summary>The back end's name, for messages.</summary>
    public abstract string Name { get; }

    /// <summary>
    /// How many rows the connection's statements have inserted, updated or deleted since it opened, if the database tells
    /// (SQLite's <c>sqlite3_total_changes</c>, a counter read without a statement); <see langword="null"/> otherwise.
    /// </summary>
    public virtual long? RowsChanged(DbConnection connection) => null;

    /// <summary>Whether the store keeps readable SQL views of each table (by field name, human values).</summary>
    public abstract bool HasReadableViews { get; }

    /// <summary>Whether statements may call <c>softr_eval</c>, a function of the engine's process (see <see cref="SqlEvaluators"/>).</summary>
    public abstract bool CallsIntoProcess { get; }

    /// <summary>
    /// The back end's spelling of DDL written once with SQLite's type names (<c>INTEGER PRIMARY KEY</c>, <c>TEXT</c>,
    /// <c>INTEGER</c>, <c>REAL</c>, <c>BLOB</c>, <c>ANY</c>, <c>STRICT</c>): the engine's own fixed DDL only.
    /// </summary>
    public abstract string Ddl(string sqliteDdl);

    /// <summary>The column type of a field's storage, in DDL as <see cref="Ddl"/> reads it.</summary>
    public static string SqliteColumnType(FieldStorage storage) => storage switch
    {
        FieldStorage.Text => "TEXT",
        FieldStorage.Integer => "INTEGER",
        FieldStorage.Real => "REAL",
        FieldStorage.Any => "ANY",
        _ => throw new ArgumentOutOfRangeException(nameof(storage), storage, "Only stored fields have a column."),
    };

    /// <summary>A subquery of one column <c>value</c>: the integers of a JSON array parameter.</summary>
    public abstract string IntegerValues(string parameter);

    /// <summary>A subquery of one column <c>value</c>: the texts of a JSON array parameter.</summary>
    public abstract string TextValues(string parameter);

    /// <summary>A subquery of one column <c>value</c>: the numbers of a JSON array parameter.</summary>
    public abstract string RealValues(string parameter);

    /// <summary>A subquery of one column <c>value</c>: the items of a JSON array kept as text in a column, as text.</summary>
    public abstract string ArrayItems(string column);

    /// <summary>
    /// A subquery of one column <c>v</c>: the items of a JSON array kept as text in a column, each as the text it shows
    /// (objects by their <c>label</c>, <c>name</c> or <c>filename</c>), case-folded.
    /// </summary>
    public abstract string ShownArrayItems(string column);

    /// <summary>The first item of a JSON array kept as text in a column, as text.</summary>
    public abstract string FirstArrayItem(string column);

    /// <summary>The position (from 0) of <paramref name="value"/> in a JSON array parameter of texts; NULL when absent.</summary>
    public abstract string PositionIn(string parameter, string value);

    /// <summary>Whether the text <paramref name="needle"/> occurs in <paramref name="text"/>.</summary>
    public abstract string Contains(string text, string needle);

    /// <summary>Whether <paramref name="text"/> starts with <paramref name="prefix"/>.</summary>
    public abstract string StartsWith(string text, string prefix);

    /// <summary>Whether <paramref name="text"/> ends with <paramref name="suffix"/>.</summary>
    public abstract string EndsWith(string text, string suffix);

    /// <summary>
    /// A computed (<see cref="FieldStorage.Any"/>) column as a plain value for filters and sorts: numbers as numbers when
    /// <paramref name="numeric"/>, else as text; an error value is NULL, so it filters and sorts as empty.
    /// </summary>
    public abstract string ComputedValue(string column, bool numeric);

    /// <summary>
    /// An ORDER BY direction with empty values (NULL) first when ascending and last when descending, as SQLite orders
    /// them by itself and PostgreSQL only when told.
    /// </summary>
    public abstract string Direction(bool descending);

    /// <summary>A text expression for ORDER BY, compared code point by code point on both back ends.</summary>
    public abstract string SortText(string expression);

    /// <summary>The statement that lists what is damaged in the store (one row <c>ok</c> when nothing is), or <see langword="null"/> when the server checks itself.</summary>
    public abstract string? IntegrityCheck { get; }

    /// <summary>Whether a statement failed because the schema it was built for is gone (a table or column dropped since).</summary>
    public abstract bool IsStaleSchema(Exception exception);

    /// <summary>The names of the store's indexes on field columns (<c>ix_f…</c>).</summary>
    public abstract string FieldIndexNames { get; }

    /// <summary>Whether a blob column holds the UTF-8 bytes of a text parameter.</summary>
    public abstract string BlobContainsText(string column, string parameter);

    /// <summary>
    /// The text of an INSERT that returns the new row's key when <paramref name="returning"/> is its key column: SQLite
    /// reads it from the connection after the insert (no RETURNING, which makes an insert a query), PostgreSQL returns it.
    /// </summary>
    public abstract string InsertReturningKey(string insert, string returning);

    /// <summary>Runs an INSERT built by <see cref="InsertReturningKey"/> (a command of <paramref name="session"/>) and gives the new row's key.</summary>
    public abstract long ExecuteInsert(StoreSession session, DbCommand command);

    /// <summary>Runs a write command of <paramref name="session"/> that returns no rows; returns the rows it changed.</summary>
    public virtual int Execute(StoreSession session, DbCommand command) => command.ExecuteNonQuery();

    /// <summary>Runs a fixed query command of <paramref name="session"/> (its parameters always the same list) and gives its rows.</summary>
    public virtual RowCursor Query(StoreSession session, DbCommand command) => new ReaderCursor(command.ExecuteReader());

    /// <summary>Sets a prepared parameter to a stored value of a column of <paramref name="storage"/>.</summary>
    public abstract void Bind(DbParameter parameter, StoredValue value, FieldStorage storage);
}
