using System.Text;
using SQLitePCL;

namespace SoftrLite.Storage;

/// <summary>
/// The rows of a <see cref="SqliteStatement"/> query, read by SQLite's column calls on the statement handle (no
/// provider reader between). The first step is taken when the query starts, as the provider's <c>ExecuteReader</c>
/// does, so a stale statement fails there; disposing resets the statement for its next run.
/// </summary>
internal sealed class SqliteRows : RowCursor
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private int _step;
    private bool _first = true;

    /// <summary>Takes the query's first step (the statement's parameters bound).</summary>
    public SqliteRows(sqlite3 db, sqlite3_stmt statement)
    {
        _db = db;
        _statement = statement;
        _step = Step();
    }

    public override bool Read()
    {
        if (_first)
        {
            _first = false;
        }
        else if (_step == raw.SQLITE_ROW)
        {
            _step = Step();
        }

        return _step == raw.SQLITE_ROW;
    }

    public override bool IsNull(int ordinal) => raw.sqlite3_column_type(_statement, ordinal) == raw.SQLITE_NULL;

    public override string Text(int ordinal) => Encoding.UTF8.GetString(raw.sqlite3_column_blob(_statement, ordinal));

    public override long Integer(int ordinal) => raw.sqlite3_column_int64(_statement, ordinal);

    public override double Real(int ordinal) => raw.sqlite3_column_double(_statement, ordinal);

    // As the provider's reader gives them: integers and reals as they are, text (and a blob, read as UTF-8) as text.
    public override StoredValue Value(int ordinal) => raw.sqlite3_column_type(_statement, ordinal) switch
    {
        raw.SQLITE_NULL => StoredValue.Empty,
        raw.SQLITE_INTEGER => StoredValue.FromInteger(raw.sqlite3_column_int64(_statement, ordinal)),
        raw.SQLITE_FLOAT => StoredValue.FromReal(raw.sqlite3_column_double(_statement, ordinal)),
        _ => StoredValue.FromText(Text(ordinal)),
    };

    public override void Dispose() => raw.sqlite3_reset(_statement);

    private int Step() => SqliteStatement.Step(_db, _statement);
}
