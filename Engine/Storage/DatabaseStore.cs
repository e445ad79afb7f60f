using Dapper;
using Microsoft.Data.Sqlite;
using SoftrLite.Storage.Readable;
using SoftrLite.Storage.Rows;

namespace SoftrLite.Storage;

/// <summary>
/// One database file: metadata tables (<c>_tables</c>, <c>_fields</c>, <c>_views</c>) and one STRICT data
/// table per user table (<c>t{num}</c>, one column <c>f{num}</c> per stored field). Fixed SQL only.
/// </summary>
internal sealed class DatabaseStore : IDisposable
{
    private const string TableColumns =
        "num AS Num, id AS Id, name AS Name, description AS Description, primary_field_id AS PrimaryFieldId, default_view_id AS DefaultViewId, created_at AS CreatedAt, updated_at AS UpdatedAt";

    private const string FieldColumns =
        "num AS Num, table_num AS TableNum, id AS Id, position AS Position, name AS Name, description AS Description, type AS Type, options AS Options, allow_multiple AS AllowMultiple, read_only AS ReadOnly, required AS Required, locked AS Locked, default_value AS DefaultValue, ai_options AS AiOptions, link_junction AS LinkJunction, link_side AS LinkSide, created_at AS CreatedAt, updated_at AS UpdatedAt";

    private const string ViewColumns =
        "num AS Num, table_num AS TableNum, id AS Id, name AS Name, description AS Description, filter AS Filter, sorting AS Sorting, created_at AS CreatedAt, updated_at AS UpdatedAt";

    private readonly SqliteStore _store;

    private DatabaseStore(DatabaseId id, StorageLocation location, TimeSpan busyTimeout)
    {
        Id = id;
        _store = SqliteStore.Open(location.DatabaseConnectionString(id, busyTimeout), location.DatabaseFile(id), location.Describe(id), Format);

        // A file written by an older build, or whose views someone dropped, gets its readable views here; a file whose
        // views are current is only read, so a read-only file still opens.
        try
        {
            if (!_store.Read(ReadableViews.AreCurrent))
            {
                _store.Write((c, t) =>
                {
                    ReadableViews.Refresh(c, t);
                    return 0;
                });
            }
        }
        catch
        {
            _store.Dispose();
            throw;
        }
    }

    /// <summary>A database file's format.</summary>
    public static StoreFormat Format { get; } = new() { Kind = "database", Version = FormatVersion.Database, Create = CreateSchema };

    /// <summary>Opens the file of a database the catalog lists; a missing, empty or damaged file is reported, never re-created.</summary>
    public static DatabaseStore OpenExisting(DatabaseId id, StorageLocation location, TimeSpan busyTimeout) => new(id, location, busyTimeout);

    /// <summary>
    /// Makes the file of a new database, whole (built aside and moved into place), and opens it; <see langword="null"/>
    /// when a file of that ID already exists (the caller draws another ID).
    /// </summary>
    public static DatabaseStore? CreateNew(DatabaseId id, StorageLocation location, TimeSpan busyTimeout, Action? whileBuilding = null)
    {
        if (location.DatabaseFile(id) is { } file
            && !SqliteStore.CreateFile(file, path => location.ConnectionString(path, busyTimeout, create: true, pooling: false), Format, whileBuilding))
        {
            return null;
        }

        return new(id, location, busyTimeout);
    }

    public DatabaseId Id { get; }

    public T Read<T>(Func<SqliteConnection, T> work) => _store.Read(work);

    /// <summary>
    /// Runs a write transaction. Every write moves the data revision, which readers compare to know whether
    /// cached counts and orderings are still true, also across processes sharing the file.
    /// </summary>
    public T Write<T>(Func<SqliteConnection, SqliteTransaction, T> work) => _store.Write((c, t) =>
    {
        var result = work(c, t);
        c.Execute("UPDATE _meta SET value = value + 1 WHERE key = 'data_rev'", transaction: t);
        return result;
    });

    /// <summary>Runs work holding the writer and rolls it back (see <see cref="SqliteStore.Probe"/>).</summary>
    public T Probe<T>(Func<SqliteConnection, SqliteTransaction, T> work) => _store.Probe(work);

    public void BackupTo(SqliteConnection destination) => _store.BackupTo(destination);

    public void RestoreFrom(SqliteConnection source) => _store.RestoreFrom(source);

    public static long DataRevision(SqliteConnection c, SqliteTransaction? t = null) =>
        c.ExecuteScalar<long>("SELECT value FROM _meta WHERE key = 'data_rev'", transaction: t);

    // Tables.
    public static IReadOnlyList<TableRow> ListTables(SqliteConnection c, SqliteTransaction? t = null) =>
        c.Query<TableRow>($"SELECT {TableColumns} FROM _tables ORDER BY num", transaction: t).AsList();

    public static TableRow? GetTable(SqliteConnection c, TableId id, SqliteTransaction? t = null) =>
        c.QuerySingleOrDefault<TableRow>($"SELECT {TableColumns} FROM _tables WHERE id = @id", new { id = id.Value }, t);

    public static long CountTables(SqliteConnection c, SqliteTransaction? t = null) =>
        c.ExecuteScalar<long>("SELECT count(*) FROM _tables", transaction: t);

    public static long InsertTable(SqliteConnection c, SqliteTransaction t, TableRow row) =>
        c.ExecuteScalar<long>(
            """
            INSERT INTO _tables(id, name, description, primary_field_id, default_view_id, created_at, updated_at)
            VALUES (@Id, @Name, @Description, @PrimaryFieldId, @DefaultViewId, @CreatedAt, @UpdatedAt)
            RETURNING num
            """,
            row,
            t);

    public static void UpdateTable(SqliteConnection c, SqliteTransaction t, TableRow row) =>
        c.Execute(
            "UPDATE _tables SET name = @Name, description = @Description, primary_field_id = @PrimaryFieldId, updated_at = @UpdatedAt WHERE num = @Num",
            row,
            t);

    public static void TouchTable(SqliteConnection c, SqliteTransaction t, long tableNum, long updatedAt) =>
        c.Execute("UPDATE _tables SET updated_at = @updatedAt WHERE num = @tableNum", new { tableNum, updatedAt }, t);

    public static void DeleteTable(SqliteConnection c, SqliteTransaction t, long tableNum)
    {
        ReadableViews.DropAll(c, t);
        c.Execute("DELETE FROM _fields WHERE table_num = @tableNum", new { tableNum }, t);
        c.Execute("DELETE FROM _views WHERE table_num = @tableNum", new { tableNum }, t);
        c.Execute("DELETE FROM _tables WHERE num = @tableNum", new { tableNum }, t);
        c.Execute($"DROP TABLE {SqlNames.DataTable(tableNum)}", transaction: t);
    }

    /// <summary>Creates the data table of a user table: system columns only; fields add their columns.</summary>
    public static void CreateDataTable(SqliteConnection c, SqliteTransaction t, long tableNum) =>
        c.Execute(
            $"""
            CREATE TABLE {SqlNames.DataTable(tableNum)}(
                _rk INTEGER PRIMARY KEY,
                _id TEXT NOT NULL UNIQUE,
                _created_at INTEGER NOT NULL,
                _updated_at INTEGER NOT NULL,
                _created_by TEXT,
                _updated_by TEXT,
                _autonumber INTEGER NOT NULL) STRICT
            """,
            transaction: t);

    public static List<long> RowKeys(SqliteConnection c, SqliteTransaction t, long tableNum) =>
        c.Query<long>($"SELECT _rk FROM {SqlNames.DataTable(tableNum)}", transaction: t).AsList();

    public static bool HasRecords(SqliteConnection c, long tableNum, SqliteTransaction? t = null) =>
        c.ExecuteScalar<long>($"SELECT EXISTS(SELECT 1 FROM {SqlNames.DataTable(tableNum)})", transaction: t) != 0;

    // Fields.
    public static IReadOnlyList<FieldRow> ListFields(SqliteConnection c, SqliteTransaction? t = null) =>
        c.Query<FieldRow>($"SELECT {FieldColumns} FROM _fields ORDER BY table_num, position", transaction: t).AsList();

    public static FieldRow GetField(SqliteConnection c, SqliteTransaction t, long fieldNum) =>
        c.QuerySingle<FieldRow>($"SELECT {FieldColumns} FROM _fields WHERE num = @fieldNum", new { fieldNum }, t);

    public static long InsertField(SqliteConnection c, SqliteTransaction t, FieldRow row) =>
        c.ExecuteScalar<long>(
            """
            INSERT INTO _fields(table_num, id, position, name, description, type, options, allow_multiple, read_only, required, locked, default_value, ai_options, link_junction, link_side, created_at, updated_at)
            VALUES (@TableNum, @Id, @Position, @Name, @Description, @Type, @Options, @AllowMultiple, @ReadOnly, @Required, @Locked, @DefaultValue, @AiOptions, @LinkJunction, @LinkSide, @CreatedAt, @UpdatedAt)
            RETURNING num
            """,
            row,
            t);

    public static void UpdateField(SqliteConnection c, SqliteTransaction t, FieldRow row) =>
        c.Execute(
            """
            UPDATE _fields SET name = @Name, description = @Description, options = @Options, allow_multiple = @AllowMultiple,
                required = @Required, locked = @Locked, default_value = @DefaultValue, ai_options = @AiOptions,
                link_junction = @LinkJunction, link_side = @LinkSide, updated_at = @UpdatedAt
            WHERE num = @Num
            """,
            row,
            t);

    /// <summary>Moves a field to a position among its table's fields (fixtures put fields back in their order).</summary>
    public static void SetFieldPosition(SqliteConnection c, SqliteTransaction t, long fieldNum, long position) =>
        c.Execute("UPDATE _fields SET position = @position WHERE num = @fieldNum", new { fieldNum, position }, t);

    public static void DeleteField(SqliteConnection c, SqliteTransaction t, FieldRow row, bool hasColumn)
    {
        c.Execute("DELETE FROM _fields WHERE num = @Num", row, t);
        if (hasColumn)
        {
            ReadableViews.DropAll(c, t);
            DropFieldIndex(c, t, row.Num);
            c.Execute($"ALTER TABLE {SqlNames.DataTable(row.TableNum)} DROP COLUMN {SqlNames.Column(row.Num)}", transaction: t);
        }
    }

    /// <summary>Indexes a field's column (the row key rides along, so ties in creation order come for free).</summary>
    public static void CreateFieldIndex(SqliteConnection c, SqliteTransaction t, long tableNum, long fieldNum) =>
        c.Execute($"CREATE INDEX IF NOT EXISTS {SqlNames.FieldIndex(fieldNum)} ON {SqlNames.DataTable(tableNum)}({SqlNames.Column(fieldNum)})", transaction: t);

    public static void DropFieldIndex(SqliteConnection c, SqliteTransaction t, long fieldNum) =>
        c.Execute($"DROP INDEX IF EXISTS {SqlNames.FieldIndex(fieldNum)}", transaction: t);

    /// <summary>The numbers of the fields whose column has an index.</summary>
    public static HashSet<long> IndexedFields(SqliteConnection c, SqliteTransaction? t = null) =>
        c.Query<string>("SELECT name FROM sqlite_master WHERE type = 'index' AND name GLOB 'ix_f[0-9]*'", transaction: t)
            .Select(name => long.Parse(name.AsSpan(4), System.Globalization.CultureInfo.InvariantCulture))
            .ToHashSet();

    public static void AddColumn(SqliteConnection c, SqliteTransaction t, long tableNum, long fieldNum, FieldStorage storage)
    {
        var sqlType = storage switch
        {
            FieldStorage.Text => "TEXT",
            FieldStorage.Integer => "INTEGER",
            FieldStorage.Real => "REAL",
            FieldStorage.Any => "ANY",
            _ => throw new ArgumentOutOfRangeException(nameof(storage), storage, "Only stored fields have a column."),
        };
        ReadableViews.DropReading(c, t, tableNum);
        c.Execute($"ALTER TABLE {SqlNames.DataTable(tableNum)} ADD COLUMN {SqlNames.Column(fieldNum)} {sqlType}", transaction: t);
    }

    /// <summary>
    /// Marks the schema as changed, so cached models of it are rebuilt, and brings the readable views in step with
    /// it. Every schema write ends here, inside its transaction. The new revision is random rather than the next
    /// number, so a revision taken back by a rollback is never seen again for another schema.
    /// </summary>
    public static void BumpSchemaRevision(SqliteConnection c, SqliteTransaction t)
    {
        c.Execute("UPDATE _meta SET value = random() WHERE key = 'schema_rev'", transaction: t);
        ReadableViews.Refresh(c, t);
    }

    public static long SchemaRevision(SqliteConnection c, SqliteTransaction? t = null) =>
        c.ExecuteScalar<long>("SELECT value FROM _meta WHERE key = 'schema_rev'", transaction: t);

    /// <summary>
    /// Creates the link table of a LINKED_RECORD field (and its inverse): one row per link, <c>a</c> the record
    /// on the owning side, <c>b</c> the linked record; <c>rk</c> keeps the order links were written in.
    /// </summary>
    public static void CreateJunction(SqliteConnection c, SqliteTransaction t, long junction) =>
        c.Execute(
            $"""
            CREATE TABLE {SqlNames.Junction(junction)}(
                rk INTEGER PRIMARY KEY,
                a INTEGER NOT NULL,
                b INTEGER NOT NULL,
                UNIQUE(a, b)) STRICT;
            CREATE INDEX {SqlNames.Quote("l" + junction + "_b")} ON {SqlNames.Junction(junction)}(b, rk);
            """,
            transaction: t);

    public static void DropJunction(SqliteConnection c, SqliteTransaction t, long junction)
    {
        ReadableViews.DropAll(c, t);
        c.Execute($"DROP TABLE IF EXISTS {SqlNames.Junction(junction)}", transaction: t);
    }

    // Views.
    public static IReadOnlyList<ViewRow> ListViews(SqliteConnection c, long tableNum, int offset, int limit) =>
        c.Query<ViewRow>(
            $"SELECT {ViewColumns} FROM _views WHERE table_num = @tableNum ORDER BY num LIMIT @limit OFFSET @offset",
            new { tableNum, offset, limit }).AsList();

    public static long CountViews(SqliteConnection c, long tableNum) =>
        c.ExecuteScalar<long>("SELECT count(*) FROM _views WHERE table_num = @tableNum", new { tableNum });

    public static ViewRow? GetView(SqliteConnection c, long tableNum, ViewId id) =>
        c.QuerySingleOrDefault<ViewRow>($"SELECT {ViewColumns} FROM _views WHERE table_num = @tableNum AND id = @id", new { tableNum, id = id.Value });

    public static void InsertView(SqliteConnection c, SqliteTransaction t, ViewRow row) =>
        c.Execute(
            "INSERT INTO _views(table_num, id, name, description, filter, sorting, created_at, updated_at) VALUES (@TableNum, @Id, @Name, @Description, @Filter, @Sorting, @CreatedAt, @UpdatedAt)",
            row,
            t);

    public static void UpdateView(SqliteConnection c, SqliteTransaction t, ViewRow row) =>
        c.Execute(
            "UPDATE _views SET name = @Name, description = @Description, filter = @Filter, sorting = @Sorting, updated_at = @UpdatedAt WHERE num = @Num",
            row,
            t);

    public static bool ViewIdTaken(SqliteConnection c, SqliteTransaction t, string id) =>
        c.ExecuteScalar<long>("SELECT EXISTS(SELECT 1 FROM _views WHERE id = @id)", new { id }, t) != 0;

    public static void DeleteView(SqliteConnection c, SqliteTransaction t, long viewNum) =>
        c.Execute("DELETE FROM _views WHERE num = @viewNum", new { viewNum }, t);

    public static ViewRow? GetView(SqliteConnection c, SqliteTransaction t, long tableNum, ViewId id) =>
        c.QuerySingleOrDefault<ViewRow>($"SELECT {ViewColumns} FROM _views WHERE table_num = @tableNum AND id = @id", new { tableNum, id = id.Value }, t);

    public void Dispose() => _store.Dispose();

    // AUTOINCREMENT: a table or field number is never handed out twice, even after a delete, so a
    // dropped t12 or f34 can never be confused with a new one.
    private static void CreateSchema(SqliteConnection c, SqliteTransaction t) => c.Execute(
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
        """,
        transaction: t);
}
