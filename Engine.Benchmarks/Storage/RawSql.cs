using Microsoft.Data.Sqlite;

namespace SoftrLite.Benchmarks.Storage;

/// <summary>
/// The baselines' hand-written SQL: the same DDL and metadata rows as the engine's DatabaseStore, run with
/// plain Microsoft.Data.Sqlite commands and parameters, no Dapper and no engine code.
/// </summary>
internal static class RawSql
{
    /// <summary>
    /// The metadata tables of a database file, as the engine creates them, the journal's table included: every database file
    /// holds it, and SQLite parses it again on each <c>ALTER TABLE</c> (checked by the tests' BenchmarkSchemaTests).
    /// </summary>
    public const string CreateMetadata =
        """
        CREATE TABLE _tables(
            num INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            description TEXT,
            primary_field_id TEXT NOT NULL,
            default_view_id TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            autonumber INTEGER NOT NULL DEFAULT 0) STRICT;
        CREATE TABLE _fields(
            num INTEGER PRIMARY KEY AUTOINCREMENT,
            table_num INTEGER NOT NULL,
            id TEXT NOT NULL,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            description TEXT,
            type TEXT NOT NULL,
            options TEXT NOT NULL,
            allow_multiple INTEGER NOT NULL,
            read_only INTEGER NOT NULL,
            required INTEGER NOT NULL,
            locked INTEGER NOT NULL,
            default_value TEXT,
            ai_options TEXT,
            link_junction INTEGER,
            link_side INTEGER,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            UNIQUE(table_num, id)) STRICT;
        CREATE TABLE _views(
            num INTEGER PRIMARY KEY AUTOINCREMENT,
            table_num INTEGER NOT NULL,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            description TEXT,
            filter TEXT,
            sorting TEXT,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL) STRICT;
        CREATE INDEX _views_by_table ON _views(table_num, num);
        CREATE TABLE _meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL) STRICT;
        INSERT INTO _meta(key, value) VALUES ('schema_rev', 0), ('data_rev', 0);
        CREATE TABLE _journal(
            seq INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            undone INTEGER NOT NULL DEFAULT 0,
            at INTEGER NOT NULL,
            "user" TEXT,
            size INTEGER NOT NULL,
            total INTEGER NOT NULL,
            bytes BLOB NOT NULL) STRICT;
        CREATE INDEX _journal_redo ON _journal(seq) WHERE undone = 1;
        """;

    public const string SelectDatabase =
        "SELECT id, workspace_id, name, description, created_at, updated_at FROM databases WHERE id = $id";

    public const string SelectTables =
        "SELECT num, id, name, description, primary_field_id, default_view_id, created_at, updated_at FROM _tables ORDER BY num";

    public const string SelectFields =
        """
        SELECT num, table_num, id, position, name, description, type, options, allow_multiple, read_only, required, locked,
            default_value, ai_options, created_at, updated_at
        FROM _fields ORDER BY table_num, position
        """;

    public static long InsertTable(SqliteConnection c, SqliteTransaction t, string id, string name, string defaultViewId, long now) =>
        Scalar(
            c,
            t,
            """
            INSERT INTO _tables(id, name, description, primary_field_id, default_view_id, created_at, updated_at)
            VALUES ($id, $name, NULL, '', $view, $now, $now)
            RETURNING num
            """,
            ("$id", id),
            ("$name", name),
            ("$view", defaultViewId),
            ("$now", now));

    public static void CreateDataTable(SqliteConnection c, SqliteTransaction t, long tableNum) =>
        Execute(
            c,
            t,
            $"""
            CREATE TABLE "t{tableNum}"(
                _rk INTEGER PRIMARY KEY,
                _id TEXT NOT NULL UNIQUE,
                _created_at INTEGER NOT NULL,
                _updated_at INTEGER NOT NULL,
                _created_by TEXT,
                _updated_by TEXT,
                _autonumber INTEGER NOT NULL) STRICT
            """);

    /// <summary>Inserts a field's metadata row and returns its number, which names its column.</summary>
    public static long InsertField(SqliteConnection c, SqliteTransaction t, long tableNum, RawField field, long position, long now) =>
        Scalar(
            c,
            t,
            """
            INSERT INTO _fields(table_num, id, position, name, description, type, options, allow_multiple, read_only, required, locked, default_value, ai_options, created_at, updated_at)
            VALUES ($table, $id, $position, $name, NULL, $type, $options, $multiple, 0, 0, 0, NULL, NULL, $now, $now)
            RETURNING num
            """,
            ("$table", tableNum),
            ("$id", field.Id),
            ("$position", position),
            ("$name", field.Name),
            ("$type", field.Type),
            ("$options", field.Options),
            ("$multiple", field.AllowMultiple ? 1L : 0L),
            ("$now", now));

    public static void AddColumn(SqliteConnection c, SqliteTransaction t, long tableNum, long fieldNum, string sqlType) =>
        Execute(c, t, $"""ALTER TABLE "t{tableNum}" ADD COLUMN "f{fieldNum}" {sqlType}""");

    public static void SetPrimaryField(SqliteConnection c, SqliteTransaction t, long tableNum, string fieldId, long now) =>
        Execute(c, t, "UPDATE _tables SET primary_field_id = $field, updated_at = $now WHERE num = $num", ("$field", fieldId), ("$now", now), ("$num", tableNum));

    public static void TouchTable(SqliteConnection c, SqliteTransaction t, long tableNum, long now) =>
        Execute(c, t, "UPDATE _tables SET updated_at = $now WHERE num = $num", ("$now", now), ("$num", tableNum));

    public static void InsertView(SqliteConnection c, SqliteTransaction t, long tableNum, string id, string name, long now) =>
        Execute(
            c,
            t,
            "INSERT INTO _views(table_num, id, name, description, created_at, updated_at) VALUES ($table, $id, $name, NULL, $now, $now)",
            ("$table", tableNum),
            ("$id", id),
            ("$name", name),
            ("$now", now));

    public static int Execute(SqliteConnection c, SqliteTransaction? t, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(c, t, sql, parameters);
        return command.ExecuteNonQuery();
    }

    public static long Scalar(SqliteConnection c, SqliteTransaction? t, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(c, t, sql, parameters);
        return (long)command.ExecuteScalar()!;
    }

    public static SqliteCommand Command(SqliteConnection c, SqliteTransaction? t, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = c.CreateCommand();
        command.Transaction = t;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    public static long Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
}
