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
internal static partial class RecordStore
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

        var rowKey = s.ExecuteInsert(command);
        s.Images?.RowInserted(shape.Table, rowKey, header);
        return rowKey;
    }

    /// <summary>The statement of an edit of these columns of a table's rows (see <see cref="UpdateValues"/>).</summary>
    public static string UpdateText(long table, IReadOnlyList<long> columns)
    {
        var sets = new StringBuilder("_updated_at = @updated_at, _updated_by = @updated_by");
        for (var i = 0; i < columns.Count; i++)
        {
            sets.Append(", ").Append(SqlNames.Column(columns[i])).Append(" = @c").Append(i);
        }

        return $"UPDATE {SqlNames.DataTable(table)} SET {sets} WHERE _rk = @rk";
    }

    /// <summary>An edit of some stored columns of a row: the values and the row's edit time and editor.</summary>
    /// <remarks><paramref name="text"/> is <see cref="UpdateText"/> of the same table and columns: a batch editing the same
    /// columns of many rows builds it once.</remarks>
    public static void UpdateValues(WriteScope s, string text, long table, long rowKey, long updatedAt, string? updatedBy, IReadOnlyList<long> columns, IReadOnlyList<FieldStorage> storages, IReadOnlyList<StoredValue> values)
    {
        s.Images?.BeforeRowChange(s, table, rowKey);
        var command = s.Statement(text, ["@updated_at", "@updated_by", "@rk"], columns.Count);
        var parameters = command.Parameters;
        parameters[0].Value = updatedAt;
        parameters[1].Value = (object?)updatedBy ?? DBNull.Value;
        parameters[2].Value = rowKey;
        for (var i = 0; i < values.Count; i++)
        {
            s.Dialect.Bind(parameters[3 + i], values[i], storages[i]);
        }

        s.Execute(command);
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

        s.Execute(command);
    }

    public static void DeleteRow(WriteScope s, long table, long rowKey)
    {
        s.Images?.BeforeRowChange(s, table, rowKey);
        var command = s.Statement($"DELETE FROM {SqlNames.DataTable(table)} WHERE _rk = @rk", ["@rk"]);
        command.Parameters[0].Value = rowKey;
        s.Execute(command);
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
        var rk = s.ExecuteInsert(command);
        s.Images?.LinkInserted(junction, rk, a, b);
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
}
