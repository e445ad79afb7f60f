using Dapper;
using SoftrLite.Storage.Readable;
using SoftrLite.Storage.Rows;

namespace SoftrLite.Storage;

/// <summary>
/// One database file: metadata tables (<c>_tables</c>, <c>_fields</c>, <c>_views</c>) and one STRICT data
/// table per user table (<c>t{num}</c>, one column <c>f{num}</c> per stored field). Fixed SQL only.
/// </summary>
internal sealed partial class DatabaseStore : IDisposable
{
    private const string TableColumns =
        "num AS Num, id AS Id, name AS Name, description AS Description, primary_field_id AS PrimaryFieldId, default_view_id AS DefaultViewId, created_at AS CreatedAt, updated_at AS UpdatedAt";

    private const string FieldColumns =
        "num AS Num, table_num AS TableNum, id AS Id, position AS Position, name AS Name, description AS Description, type AS Type, options AS Options, allow_multiple AS AllowMultiple, read_only AS ReadOnly, required AS Required, locked AS Locked, default_value AS DefaultValue, ai_options AS AiOptions, link_junction AS LinkJunction, link_side AS LinkSide, created_at AS CreatedAt, updated_at AS UpdatedAt";

    private const string ViewColumns =
        "num AS Num, table_num AS TableNum, id AS Id, name AS Name, description AS Description, filter AS Filter, sorting AS Sorting, created_at AS CreatedAt, updated_at AS UpdatedAt";

    private readonly IStore _store;
    private readonly KnownRevisions _known = new();

    private DatabaseStore(DatabaseId id, StorageLocation location, TimeSpan busyTimeout)
    {
        Id = id;
        _store = location.OpenDatabase(id, Format, busyTimeout);

        // A file written by an older build, or whose views someone dropped, gets its readable views here; a file whose
        // views are current is only read, so a read-only file still opens.
        try
        {
            if (_store.Dialect.HasReadableViews && !_store.Read(ReadableViews.AreCurrent))
            {
                _store.Write(s =>
                {
                    ReadableViews.Refresh(s);
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
    public static StoreFormat Format { get; } = new()
    {
        Kind = "database",
        Version = FormatVersion.Database,
        Create = (c, t, dialect) =>
        {
            DatabaseSchema.Create(c, t, dialect);
            JournalStore.Create(c, t, dialect);
        },
        Migrations = DatabaseMigrations.All,
    };

    /// <summary>Opens the file of a database the catalog lists; a missing, empty or damaged file is reported, never re-created.</summary>
    public static DatabaseStore OpenExisting(DatabaseId id, StorageLocation location, TimeSpan busyTimeout) => new(id, location, busyTimeout);

    /// <summary>
    /// Makes the file of a new database, whole (built aside and moved into place), and opens it; <see langword="null"/>
    /// when a file of that ID already exists (the caller draws another ID).
    /// </summary>
    public static DatabaseStore? CreateNew(DatabaseId id, StorageLocation location, TimeSpan busyTimeout, Action? whileBuilding = null)
    {
        if (!location.CreateDatabase(id, Format, busyTimeout, whileBuilding))
        {
            return null;
        }

        return new(id, location, busyTimeout);
    }

    public DatabaseId Id { get; }

    public T Read<T>(Func<ReadScope, T> work) => _store.Read(work);

    /// <summary>Runs a read of exactly one statement, with no transaction around it (see <see cref="IStore.ReadOne"/>).</summary>
    public T ReadOne<T>(Func<ReadScope, T> work) => _store.ReadOne(work);

    /// <summary>
    /// Runs a write transaction. Every write moves the data revision, which readers compare to know whether
    /// cached counts and orderings are still true, also across processes sharing the file.
    /// </summary>
    public T Write<T>(Func<WriteScope, T> work) => _store.Write(s =>
    {
        var result = work(s);
        if (s.SchemaChanged)
        {
            SchemaWriting?.Invoke(s);
        }

        var moved = MoveRevisions(s);
        if (s.SchemaChanged)
        {
            var revision = s.SchemaRevisionAfter ?? SchemaRevision(s);
            moved.Add(("schema_rev", revision));
            if (s.Published is { } published)
            {
                var rows = CheckedPublished(s, new SchemaRows(revision, published.Tables, published.Fields));
                s.OnCommit(() => s.KeepSchema(rows));
            }
        }

        s.OnCommit(() => _known.Learn(moved));
        if (s.SchemaChanged && SchemaCommitted is { } committed)
        {
            s.OnCommit(committed);
        }

        return result;
    });

    /// <summary>The revisions this process last knew of, to tell its own writes from other processes' (see <see cref="Revisions"/>).</summary>
    public KnownRevisions Known => _known;

    /// <summary>Called inside every write that changed the schema, before it commits (the journal listens).</summary>
    public Action<WriteScope>? SchemaWriting { get; set; }

    /// <summary>Called after every committed write that changed the schema, in commit order (the change feed listens).</summary>
    public Action? SchemaCommitted { get; set; }

    /// <summary>The functions reads of this file may call from SQL (see <see cref="SqlEvaluators"/>).</summary>
    public SqlEvaluators Evaluators => _store.Evaluators;

    /// <summary>Runs work holding the writer and rolls it back (see <see cref="IStore.Probe"/>).</summary>
    public T Probe<T>(Func<WriteScope, T> work) => _store.Probe(work);

    /// <summary>How many transactions the file's store has begun (see <see cref="IStore.Transactions"/>).</summary>
    public long Transactions => _store.Transactions;

    /// <summary>Copies the whole store as it is now (see <see cref="IStore.Copy"/>).</summary>
    public StoreCopy Copy() => _store.Copy();

    /// <summary>Replaces the whole store by a copy of it (see <see cref="IStore.RestoreFrom"/>).</summary>
    public void RestoreFrom(StoreCopy copy) => _store.RestoreFrom(copy);

    /// <summary>The store's SQL spelling.</summary>
    public SqlDialect Dialect => _store.Dialect;

    // Tables.
    public static IReadOnlyList<TableRow> ListTables(ReadScope s) =>
        s.Query<TableRow>($"SELECT {TableColumns} FROM _tables ORDER BY num").AsList();

    public static TableRow? GetTable(ReadScope s, TableId id) =>
        s.SingleOrDefault<TableRow>($"SELECT {TableColumns} FROM _tables WHERE id = @id", new { id = id.Value });

    public static long CountTables(ReadScope s) =>
        s.Scalar<long>("SELECT count(*) FROM _tables");

    public static long InsertTable(WriteScope s, TableRow row) =>
        s.Scalar<long>(
            """
            INSERT INTO _tables(id, name, description, primary_field_id, default_view_id, created_at, updated_at)
            VALUES (@Id, @Name, @Description, @PrimaryFieldId, @DefaultViewId, @CreatedAt, @UpdatedAt)
            RETURNING num
            """,
            row);

    public static void UpdateTable(WriteScope s, TableRow row) =>
        s.Execute(
            "UPDATE _tables SET name = @Name, description = @Description, primary_field_id = @PrimaryFieldId, updated_at = @UpdatedAt WHERE num = @Num",
            row);

    public static void TouchTable(WriteScope s, long tableNum, long updatedAt)
    {
        var command = s.Statement("UPDATE _tables SET updated_at = @updatedAt WHERE num = @tableNum", ["@updatedAt", "@tableNum"]);
        command.Parameters[0].Value = updatedAt;
        command.Parameters[1].Value = tableNum;
        command.ExecuteNonQuery();
    }

    public static void DeleteTable(WriteScope s, long tableNum)
    {
        ReadableViews.DropAll(s);
        s.Execute("DELETE FROM _fields WHERE table_num = @tableNum", new { tableNum });
        s.Execute("DELETE FROM _views WHERE table_num = @tableNum", new { tableNum });
        s.Execute("DELETE FROM _tables WHERE num = @tableNum", new { tableNum });
        s.Execute($"DROP TABLE {SqlNames.DataTable(tableNum)}");
    }

    /// <summary>Creates the data table of a user table: system columns only; fields add their columns.</summary>
    public static void CreateDataTable(WriteScope s, long tableNum) =>
        s.Execute(s.Dialect.Ddl(
            $"""
            CREATE TABLE {SqlNames.DataTable(tableNum)}(
                _rk INTEGER PRIMARY KEY,
                _id TEXT NOT NULL UNIQUE,
                _created_at INTEGER NOT NULL,
                _updated_at INTEGER NOT NULL,
                _created_by TEXT,
                _updated_by TEXT,
                _autonumber INTEGER NOT NULL) STRICT
            """));

    public static List<long> RowKeys(WriteScope s, long tableNum) =>
        s.Query<long>($"SELECT _rk FROM {SqlNames.DataTable(tableNum)}").AsList();

    public static bool HasRecords(ReadScope s, long tableNum) =>
        s.Scalar<bool>($"SELECT EXISTS(SELECT 1 FROM {SqlNames.DataTable(tableNum)})");

    // Fields.
    public static IReadOnlyList<FieldRow> ListFields(ReadScope s) =>
        s.Query<FieldRow>($"SELECT {FieldColumns} FROM _fields ORDER BY table_num, position").AsList();

    public static FieldRow GetField(WriteScope s, long fieldNum) =>
        s.Single<FieldRow>($"SELECT {FieldColumns} FROM _fields WHERE num = @fieldNum", new { fieldNum });

    /// <summary>Inserts a field's row and returns its number. A kept prepared statement: schema writes run it in a loop.</summary>
    public static long InsertField(WriteScope s, FieldRow row)
    {
        var command = s.Statement(
            """
            INSERT INTO _fields(table_num, id, position, name, description, type, options, allow_multiple, read_only, required, locked, default_value, ai_options, link_junction, link_side, created_at, updated_at)
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15, @p16)
            RETURNING num
            """,
            FieldParameters);
        var p = command.Parameters;
        p[0].Value = row.TableNum;
        p[1].Value = row.Id;
        p[2].Value = row.Position;
        p[3].Value = row.Name;
        p[4].Value = (object?)row.Description ?? DBNull.Value;
        p[5].Value = row.Type;
        p[6].Value = row.Options;
        p[7].Value = row.AllowMultiple;
        p[8].Value = row.ReadOnly;
        p[9].Value = row.Required;
        p[10].Value = row.Locked;
        p[11].Value = (object?)row.DefaultValue ?? DBNull.Value;
        p[12].Value = (object?)row.AiOptions ?? DBNull.Value;
        p[13].Value = (object?)row.LinkJunction ?? DBNull.Value;
        p[14].Value = (object?)row.LinkSide ?? DBNull.Value;
        p[15].Value = row.CreatedAt;
        p[16].Value = row.UpdatedAt;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static readonly string[] FieldParameters = [.. Enumerable.Range(0, 17).Select(i => "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    public static void UpdateField(WriteScope s, FieldRow row) =>
        s.Execute(
            """
            UPDATE _fields SET name = @Name, description = @Description, options = @Options, allow_multiple = @AllowMultiple,
                required = @Required, locked = @Locked, default_value = @DefaultValue, ai_options = @AiOptions,
                link_junction = @LinkJunction, link_side = @LinkSide, updated_at = @UpdatedAt
            WHERE num = @Num
            """,
            row);

    /// <summary>Moves a field to a position among its table's fields (fixtures put fields back in their order).</summary>
    public static void SetFieldPosition(WriteScope s, long fieldNum, long position) =>
        s.Execute("UPDATE _fields SET position = @position WHERE num = @fieldNum", new { fieldNum, position });

    public static void DeleteField(WriteScope s, FieldRow row, bool hasColumn)
    {
        s.Execute("DELETE FROM _fields WHERE num = @Num", row);
        if (hasColumn)
        {
            ReadableViews.DropAll(s);
            DropFieldIndex(s, row.Num);
            s.Execute($"ALTER TABLE {SqlNames.DataTable(row.TableNum)} DROP COLUMN {SqlNames.Column(row.Num)}");
        }
    }

    /// <summary>Indexes a field's column (the row key rides along, so ties in creation order come for free).</summary>
    public static void CreateFieldIndex(WriteScope s, long tableNum, long fieldNum) =>
        s.Execute($"CREATE INDEX IF NOT EXISTS {SqlNames.FieldIndex(fieldNum)} ON {SqlNames.DataTable(tableNum)}({SqlNames.Column(fieldNum)})");

    public static void DropFieldIndex(WriteScope s, long fieldNum) =>
        s.Execute($"DROP INDEX IF EXISTS {SqlNames.FieldIndex(fieldNum)}");

    /// <summary>The numbers of the fields whose column has an index.</summary>
    public static HashSet<long> IndexedFields(ReadScope s) =>
        s.Query<string>(s.Dialect.FieldIndexNames)
            .Select(name => long.Parse(name.AsSpan(4), System.Globalization.CultureInfo.InvariantCulture))
            .ToHashSet();

    public static void AddColumn(WriteScope s, long tableNum, long fieldNum, FieldStorage storage)
    {
        ReadableViews.DropReading(s, tableNum);
        s.ExecuteOnce(s.Dialect.Ddl($"ALTER TABLE {SqlNames.DataTable(tableNum)} ADD COLUMN {SqlNames.Column(fieldNum)} {SqlDialect.SqliteColumnType(storage)}"));
    }

    /// <summary>
    /// Creates the link table of a LINKED_RECORD field (and its inverse): one row per link, <c>a</c> the record
    /// on the owning side, <c>b</c> the linked record; <c>rk</c> keeps the order links were written in.
    /// </summary>
    public static void CreateJunction(WriteScope s, long junction) =>
        s.Execute(s.Dialect.Ddl(
            $"""
            CREATE TABLE {SqlNames.Junction(junction)}(
                rk INTEGER PRIMARY KEY,
                a INTEGER NOT NULL,
                b INTEGER NOT NULL,
                UNIQUE(a, b)) STRICT;
            CREATE INDEX {SqlNames.Quote("l" + junction + "_b")} ON {SqlNames.Junction(junction)}(b, rk);
            """));

    public static void DropJunction(WriteScope s, long junction)
    {
        ReadableViews.DropAll(s);
        s.Execute($"DROP TABLE IF EXISTS {SqlNames.Junction(junction)}");
    }

    // Views.
    public static IReadOnlyList<ViewRow> ListViews(ReadScope s, long tableNum, int offset, int limit) =>
        s.Query<ViewRow>(
            $"SELECT {ViewColumns} FROM _views WHERE table_num = @tableNum ORDER BY num LIMIT @limit OFFSET @offset",
            new { tableNum, offset, limit }).AsList();

    public static long CountViews(ReadScope s, long tableNum) =>
        s.Scalar<long>("SELECT count(*) FROM _views WHERE table_num = @tableNum", new { tableNum });

    public static ViewRow? GetView(ReadScope s, long tableNum, ViewId id) =>
        s.SingleOrDefault<ViewRow>($"SELECT {ViewColumns} FROM _views WHERE table_num = @tableNum AND id = @id", new { tableNum, id = id.Value });

    public static void InsertView(WriteScope s, ViewRow row) =>
        s.Execute(
            "INSERT INTO _views(table_num, id, name, description, filter, sorting, created_at, updated_at) VALUES (@TableNum, @Id, @Name, @Description, @Filter, @Sorting, @CreatedAt, @UpdatedAt)",
            row);

    public static void UpdateView(WriteScope s, ViewRow row) =>
        s.Execute(
            "UPDATE _views SET name = @Name, description = @Description, filter = @Filter, sorting = @Sorting, updated_at = @UpdatedAt WHERE num = @Num",
            row);

    public static bool ViewIdTaken(WriteScope s, string id) =>
        s.Scalar<bool>("SELECT EXISTS(SELECT 1 FROM _views WHERE id = @id)", new { id });

    public static void DeleteView(WriteScope s, long viewNum) =>
        s.Execute("DELETE FROM _views WHERE num = @viewNum", new { viewNum });

    public static ViewRow? GetView(WriteScope s, long tableNum, ViewId id) =>
        s.SingleOrDefault<ViewRow>($"SELECT {ViewColumns} FROM _views WHERE table_num = @tableNum AND id = @id", new { tableNum, id = id.Value });

    public void Dispose() => _store.Dispose();
}
