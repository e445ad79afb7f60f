using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace SoftrLite.Storage;

/// <summary>SQLite's spelling of the fragments of <see cref="SqlDialect"/>: JSON functions, STRICT tables, ANY columns.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    private readonly bool _readableViews;

    private SqliteDialect(bool readableViews) => _readableViews = readableViews;

    /// <summary>The dialect of database files: they hold readable views, for tools that open the file.</summary>
    public static SqliteDialect Instance { get; } = new(readableViews: true);

    /// <summary>
    /// The dialect of in-memory stores: no readable views, since no tool outside the process can open an in-memory
    /// database and its copies never become files; schema writes then skip the views' upkeep.
    /// </summary>
    public static SqliteDialect InMemory { get; } = new(readableViews: false);

    public override string Name => "SQLite";

    public override bool HasReadableViews => _readableViews;

    public override bool CallsIntoProcess => true;

    public override long? RowsChanged(DbConnection connection) => SQLitePCL.raw.sqlite3_total_changes(((SqliteConnection)connection).Handle);

    public override string Ddl(string sqliteDdl) => sqliteDdl;

    public override string IntegerValues(string parameter) => $"SELECT value FROM json_each({parameter})";

    public override string TextValues(string parameter) => $"SELECT value FROM json_each({parameter})";

    public override string RealValues(string parameter) => $"SELECT value FROM json_each({parameter})";

    public override string ArrayItems(string column) => $"SELECT value FROM json_each({column})";

    public override string ShownArrayItems(string column) =>
        "SELECT softr_fold(CASE WHEN type = 'object' THEN coalesce(json_extract(value, '$.label'), json_extract(value, '$.name'), json_extract(value, '$.filename')) "
        + $"ELSE CAST(value AS TEXT) END) AS v FROM json_each({column})";

    public override string FirstArrayItem(string column) => $"json_extract({column}, '$[0]')";

    public override string PositionIn(string parameter, string value) => $"(SELECT key FROM json_each({parameter}) WHERE value = {value})";

    public override string Contains(string text, string needle) => $"instr({text}, {needle}) > 0";

    public override string StartsWith(string text, string prefix) => $"substr({text}, 1, length({prefix})) = {prefix}";

    public override string EndsWith(string text, string suffix) => $"substr({text}, -length({suffix})) = {suffix}";

    // An error is text behind a NUL. SQLite's substr and length stop at a NUL, so the mark is found with instr, which does not.
    public override string ComputedValue(string column, bool numeric) =>
        $"(CASE WHEN typeof({column}) = 'text' AND instr({column}, char(0)) = 1 THEN NULL ELSE {column} END)";

    public override string Direction(bool descending) => descending ? " DESC" : " ASC";

    public override string SortText(string expression) => expression;

    public override string? IntegrityCheck => "PRAGMA integrity_check";

    // SQLITE_ERROR: no such table or column.
    public override bool IsStaleSchema(Exception exception) => exception is SqliteException { SqliteErrorCode: 1 };

    public override string FieldIndexNames => "SELECT name FROM sqlite_master WHERE type = 'index' AND name GLOB 'ix_f[0-9]*'";

    public override string BlobContainsText(string column, string parameter) => $"instr({column}, CAST({parameter} AS BLOB)) > 0";

    public override string InsertReturningKey(string insert, string returning) => insert;

    public override long ExecuteInsert(StoreSession session, DbCommand command)
    {
        Execute(session, command);
        return SQLitePCL.raw.sqlite3_last_insert_rowid(((SqliteConnection)command.Connection!).Handle);
    }

    // Writes run on SQLite's statement handle, bound by position (see SqliteStatement).
    public override int Execute(StoreSession session, DbCommand command) =>
        session.Attached(command, static c => new SqliteStatement(c)).Execute(command.Parameters);

    // Reads of record rows by ID run on the statement handle too, read by SQLite's column calls (see SqliteRows).
    public override RowCursor Query(StoreSession session, DbCommand command) =>
        session.Attached(command, static c => new SqliteStatement(c)).Query(command.Parameters);

    public override void Bind(DbParameter parameter, StoredValue value, FieldStorage storage) => parameter.Value = value.ToParameter();

}
