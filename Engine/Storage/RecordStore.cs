using System.Data.Common;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace SoftrLite.Storage;

/// <summary>
/// The typed operations on record rows and link tables. Statements are built from internal table and field numbers
/// only, every value is a parameter, and each statement is prepared once per connection (see <see cref="StoreSession"/>):
/// the parameters are filled here, beside the SQL that names them.
/// </summary>
internal static class RecordStore
{

    /// <summary>Reserves <paramref name="count"/> autonumbers of a table and returns the first; numbers are never reused.</summary>
    public static long ReserveAutonumbers(WriteScope s, long table, int count)
    {
        var command = s.Statement("UPDATE _tables SET autonumber = autonumber + @count WHERE num = @table RETURNING autonumber", ["@count", "@table"]);
        command.Parameters[0].Value = (long)count;
        command.Parameters[1].Value = table;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) - count + 1;
    }

    /// <summary>The row key of a record, or <see langword="null"/> when the table has no record of that ID.</summary>
    public static long? FindRowKey(ReadScope s, long table, string id)
    {
        var command = s.Statement($"SELECT _rk FROM {SqlNames.DataTable(table)} WHERE _id = @id", ["@id"]);
        command.Parameters[0].Value = id;
        return command.ExecuteScalar() is long rk ? rk : null;
    }

    /// <summary>The row keys of many record IDs in one statement; IDs the table does not have are left out.</summary>
    public static Dictionary<string, long> FindRowKeys(ReadScope s, long table, IEnumerable<string> ids)
    {
        var command = s.Statement($"SELECT _id, _rk FROM {SqlNames.DataTable(table)} WHERE _id IN ({s.Dialect.TextValues("@ids")})", ["@ids"]);
        command.Parameters[0].Value = JsonSerializer.Serialize(ids);
        var keys = new Dictionary<string, long>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            keys[reader.GetString(0)] = reader.GetInt64(1);
        }

        return keys;
    }

    /// <summary>
    /// The whole rows of some record IDs, by ID, in one statement (one ID: the shape's prepared read by ID); IDs the table
    /// does not have are left out. A write that changes rows reads them here once: for their keys, their journal images
    /// and the records it answers with.
    /// </summary>
    public static Dictionary<string, RowValues> RowsByIds(ReadScope s, RowShape shape, IReadOnlyCollection<string> ids)
    {
        DbCommand command;
        if (ids.Count == 1)
        {
            command = s.Statement(shape.ById, ["@id"]);
            command.Parameters[0].Value = ids.First();
        }
        else
        {
            command = s.Statement($"SELECT {shape.SelectList} FROM {SqlNames.DataTable(shape.Table)} WHERE _id IN ({s.Dialect.TextValues("@ids")})", ["@ids"]);
            command.Parameters[0].Value = JsonSerializer.Serialize(ids);
        }

        var rows = new Dictionary<string, RowValues>(ids.Count, StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        var storages = shape.Storages;
        while (reader.Read())
        {
            var row = new StoredRow(reader, s.Dialect);
            var values = new StoredValue[RowValues.SystemCount + storages.Count];
            for (var column = RowColumn.Id; column <= RowColumn.Autonumber; column++)
            {
                values[(int)column] = row.System(column);
            }

            for (var i = 0; i < storages.Count; i++)
            {
                values[RowValues.SystemCount + i] = row.Column(i, storages[i]);
            }

            var read = new RowValues(row.RowKey, values);
            rows[read.Id] = read;
        }

        return rows;
    }

    /// <summary>
    /// Says that a write is about to update these rows, read whole by <see cref="RowsByIds"/>: a journaled write keeps
    /// their images from them, reading nothing more. Nothing to do when the write is not journaled.
    /// </summary>
    public static void BeforeRowsChange(WriteScope s, RowShape shape, IEnumerable<RowValues> rows) => s.Images?.BeforeRowsChange(shape, rows);

    /// <summary>
    /// Says that a batch is about to update or delete these rows of a table: a journaled write takes their images in one
    /// statement here instead of one per row. Nothing to do when the write is not journaled.
    /// </summary>
    public static void BeforeRowsChange(WriteScope s, long table, IReadOnlyCollection<long> rowKeys)
    {
        if (rowKeys.Count > 1)
        {
            s.Images?.BeforeRowsChange(s, table, rowKeys);
        }
    }

    /// <summary>
    /// Inserts a row and returns its row key. On SQLite the key comes from the last-insert rowid, which costs nothing,
    /// rather than from RETURNING, which makes every insert a query (see <see cref="SqlDialect.InsertReturningKey"/>).
    /// </summary>
    public static long InsertRow(WriteScope s, RowShape shape, in RowHeader header, IReadOnlyList<StoredValue> values)
    {
        var command = s.Statement(shape.Insert(s.Dialect), ["@id", "@created_at", "@updated_at", "@created_by", "@updated_by", "@autonumber"], shape.Columns.Count);
        var parameters = command.Parameters;
        parameters[0].Value = header.Id;
        parameters[1].Value = header.At;
        parameters[2].Value = header.At;
        parameters[3].Value = (object?)header.By ?? DBNull.Value;
        parameters[4].Value = (object?)header.By ?? DBNull.Value;
        parameters[5].Value = header.Autonumber;
        var dialect = s.Dialect;
        for (var i = 0; i < values.Count; i++)
        {
            dialect.Bind(parameters[6 + i], values[i], shape.Storages[i]);
        }

        var rowKey = dialect.ExecuteInsert(command);
        s.Images?.RowInserted(shape, rowKey, header, values);
        return rowKey;
    }

    /// <summary>An edit of some stored columns of a row: the values and the row's edit time and editor.</summary>
    public static void UpdateValues(WriteScope s, long table, long rowKey, long updatedAt, string? updatedBy, IReadOnlyList<long> columns, IReadOnlyList<FieldStorage> storages, IReadOnlyList<StoredValue> values)
    {
        var sets = new StringBuilder("_updated_at = @updated_at, _updated_by = @updated_by");
        for (var i = 0; i < columns.Count; i++)
        {
            sets.Append(", ").Append(SqlNames.Column(columns[i])).Append(" = @c").Append(i);
        }

        s.Images?.BeforeRowChange(s, table, rowKey);
        var command = s.Statement($"UPDATE {SqlNames.DataTable(table)} SET {sets} WHERE _rk = @rk", ["@updated_at", "@updated_by", "@rk"], columns.Count);
        var parameters = command.Parameters;
        parameters[0].Value = updatedAt;
        parameters[1].Value = (object?)updatedBy ?? DBNull.Value;
        parameters[2].Value = rowKey;
        for (var i = 0; i < values.Count; i++)
        {
            s.Dialect.Bind(parameters[3 + i], values[i], storages[i]);
        }

        command.ExecuteNonQuery();
        s.Images?.RowUpdated(table, rowKey, updatedAt, updatedBy, columns, values);
    }

    /// <summary>Writes computed columns only: a recomputation is not an edit, so the timestamps stay.</summary>
    public static void UpdateComputed(WriteScope s, long table, long rowKey, IReadOnlyList<long> columns, IReadOnlyList<FieldStorage> storages, IReadOnlyList<StoredValue> values)
    {
        if (columns.Count == 0)
        {
            return;
        }

        var sets = new StringBuilder();
        for (var i = 0; i < columns.Count; i++)
        {
            sets.Append(i == 0 ? string.Empty : ", ").Append(SqlNames.Column(columns[i])).Append(" = @c").Append(i);
        }

        var command = s.Statement($"UPDATE {SqlNames.DataTable(table)} SET {sets} WHERE _rk = @rk", ["@rk"], columns.Count);
        var parameters = command.Parameters;
        parameters[0].Value = rowKey;
        for (var i = 0; i < values.Count; i++)
        {
            s.Dialect.Bind(parameters[1 + i], values[i], storages[i]);
        }

        command.ExecuteNonQuery();
    }

    public static void DeleteRow(WriteScope s, long table, long rowKey)
    {
        s.Images?.BeforeRowChange(s, table, rowKey);
        var command = s.Statement($"DELETE FROM {SqlNames.DataTable(table)} WHERE _rk = @rk", ["@rk"]);
        command.Parameters[0].Value = rowKey;
        command.ExecuteNonQuery();
        s.Images?.RowDeleted(table, rowKey);
    }

    /// <summary>Removes the links of a record from one side (<paramref name="column"/> is <c>a</c> or <c>b</c>) of a link table.</summary>
    public static void DeleteLinks(WriteScope s, long junction, string column, long rowKey)
    {
        s.Images?.BeforeLinksRemoved(s, junction, column, rowKey);
        var command = s.Statement($"DELETE FROM {SqlNames.Junction(junction)} WHERE {SqlNames.JunctionSide(column)} = @rk", ["@rk"]);
        command.Parameters[0].Value = rowKey;
        command.ExecuteNonQuery();
    }

    /// <summary>Adds one link; links keep the order they are written in.</summary>
    public static void InsertLink(WriteScope s, long junction, long a, long b)
    {
        var command = s.Statement(s.Dialect.InsertReturningKey($"INSERT INTO {SqlNames.Junction(junction)}(a, b) VALUES (@a, @b)", "rk"), ["@a", "@b"]);
        command.Parameters[0].Value = a;
        command.Parameters[1].Value = b;
        var rk = s.Dialect.ExecuteInsert(command);
        s.Images?.LinkInserted(junction, rk, a, b);
    }

    /// <summary>The row of a record ID (none or one).</summary>
    public static List<T> RowById<T>(ReadScope s, RowShape shape, string id, Func<StoredRow, T> read)
    {
        var command = s.Statement(shape.ById, ["@id"]);
        command.Parameters[0].Value = id;
        return ReadAll(command, s.Dialect, read);
    }

    /// <summary>
    /// The row of a record ID read with the schema revision, in one statement (so one snapshot, with no transaction around
    /// it): <paramref name="read"/> is given the row only when the revision is <paramref name="revision"/>, the schema the
    /// caller's shape was made for. <see langword="false"/> when the schema has moved on (or the table or a column is gone):
    /// the caller reads again the long way.
    /// </summary>
    public static bool TryRowById(ReadScope s, RowShape shape, long revision, string id, Action<StoredRow?> read)
    {
        DbDataReader reader;
        try
        {
            var command = s.Statement(shape.ByIdWithRevision, ["@id"]);
            command.Parameters[0].Value = id;
            reader = command.ExecuteReader();
        }
        catch (Exception exception) when (s.Dialect.IsStaleSchema(exception))
        {
            // No such table or column: the cached schema is stale. (The statement runs alone, outside any transaction,
            // so on PostgreSQL too its failure spoils nothing.)
            return false;
        }

        using (reader)
        {
            if (!reader.Read() || reader.GetInt64(0) != revision)
            {
                return false;
            }

            var row = new StoredRow(reader, s.Dialect, 1);
            read(row.Exists ? row : null);
            return true;
        }
    }

    /// <summary>
    /// Runs a statement whose rows lead with the schema and the data revisions (outside any transaction: one statement
    /// is its own snapshot) and reads its rows when <paramref name="current"/> accepts the revisions of the first one.
    /// Returns <see langword="null"/> when it does not, when no row came back (nothing to tell the revisions by), or when
    /// a table or column is missing (a stale schema); the caller then reads the long way.
    /// </summary>
    public static List<T>? TryRowsAtRevisions<T>(ReadScope s, SqlStatement statement, Func<long, long, bool> current, Func<StoredRow, T> read)
    {
        DbDataReader reader;
        try
        {
            reader = s.Reader(statement);
        }
        catch (Exception exception) when (s.Dialect.IsStaleSchema(exception))
        {
            return null;
        }

        using (reader)
        {
            if (!reader.Read() || !current(reader.GetInt64(0), reader.GetInt64(1)))
            {
                return null;
            }

            var rows = new List<T>(statement.ExpectedRows);
            do
            {
                rows.Add(read(new StoredRow(reader, s.Dialect, 2)));
            }
            while (reader.Read());
            return rows;
        }
    }

    /// <summary>The rows of some row keys, in row-key order.</summary>
    public static List<T> RowsByKeys<T>(ReadScope s, RowShape shape, IEnumerable<long> keys, Func<StoredRow, T> read)
    {
        var command = s.Statement(
            $"SELECT {shape.SelectList} FROM {SqlNames.DataTable(shape.Table)} WHERE _rk IN ({s.Dialect.IntegerValues("@keys")}) ORDER BY _rk",
            ["@keys"]);
        command.Parameters[0].Value = JsonSerializer.Serialize(keys);
        return ReadAll(command, s.Dialect, read);
    }

    /// <summary>The record IDs of some row keys (rows that do not exist are left out).</summary>
    public static Dictionary<long, string> IdsOf(ReadScope s, long table, IEnumerable<long> keys)
    {
        var command = s.Statement($"SELECT _rk, _id FROM {SqlNames.DataTable(table)} WHERE _rk IN ({s.Dialect.IntegerValues("@keys")})", ["@keys"]);
        command.Parameters[0].Value = JsonSerializer.Serialize(keys);
        var ids = new Dictionary<long, string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids[reader.GetInt64(0)] = reader.GetString(1);
        }

        return ids;
    }

    /// <summary>The rows a built statement selects (its select list is a <see cref="RowShape.SelectList"/>).</summary>
    public static List<T> Rows<T>(ReadScope s, SqlStatement statement, Func<StoredRow, T> read) => s.Rows(statement, reader => read(new StoredRow(reader, s.Dialect)));

    /// <summary>
    /// The links of several records through one link table, in link order: for each, the record's row key, the linked
    /// record's ID and the value of <paramref name="labelColumn"/> (a column of the linked table, or none).
    /// </summary>
    public static void Links(
        ReadScope s, long junction, string selfColumn, string otherColumn, long linkedTable, string? labelColumn, IEnumerable<long> keys, Action<long, string, StoredValue> read)
    {
        var self = SqlNames.JunctionSide(selfColumn);
        var other = SqlNames.JunctionSide(otherColumn);
        var label = labelColumn ?? "NULL";
        var command = s.Statement(
            $"""
            SELECT j.{self}, d._id, d.{label}
            FROM {SqlNames.Junction(junction)} j JOIN {SqlNames.DataTable(linkedTable)} d ON d._rk = j.{other}
            WHERE j.{self} IN ({s.Dialect.IntegerValues("@keys")})
            ORDER BY j.{self}, j.rk
            """,
            ["@keys"]);
        command.Parameters[0].Value = JsonSerializer.Serialize(keys);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            read(reader.GetInt64(0), reader.GetString(1), ReadValue(reader, 2));
        }
    }

    /// <summary>The SQL name of a system column, for a linked record's label or a built statement.</summary>
    public static string SystemColumnName(RowColumn column) => column switch
    {
        RowColumn.Id => "_id",
        RowColumn.CreatedAt => "_created_at",
        RowColumn.UpdatedAt => "_updated_at",
        RowColumn.CreatedBy => "_created_by",
        RowColumn.UpdatedBy => "_updated_by",
        RowColumn.Autonumber => "_autonumber",
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Not a system column."),
    };

    /// <summary>
    /// Reads a column of a row into a <see cref="StoredValue"/> by the type the database gives it: on SQLite a value's own
    /// type, on PostgreSQL the column's (a computed value's <c>jsonb</c> is decoded, see <see cref="Postgres.PostgresDialect"/>).
    /// </summary>
    public static StoredValue ReadValue(DbDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
        {
            return StoredValue.Empty;
        }

        var type = reader.GetFieldType(ordinal);
        if (type == typeof(long))
        {
            return StoredValue.FromInteger(reader.GetInt64(ordinal));
        }

        if (type == typeof(double))
        {
            return StoredValue.FromReal(reader.GetDouble(ordinal));
        }

        if (type == typeof(int) || type == typeof(short))
        {
            return StoredValue.FromInteger(Convert.ToInt64(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture));
        }

        if (type == typeof(bool))
        {
            return StoredValue.FromInteger(reader.GetBoolean(ordinal) ? 1 : 0);
        }

        if (reader is Npgsql.NpgsqlDataReader && reader.GetDataTypeName(ordinal) == "jsonb")
        {
            return Postgres.PostgresDialect.FromJson(reader.GetString(ordinal));
        }

        return StoredValue.FromText(reader.GetString(ordinal));
    }

    private static List<T> ReadAll<T>(DbCommand command, SqlDialect dialect, Func<StoredRow, T> read)
    {
        var rows = new List<T>();
        using var reader = command.ExecuteReader();
        var row = new StoredRow(reader, dialect);
        while (reader.Read())
        {
            rows.Add(read(row));
        }

        return rows;
    }

}
