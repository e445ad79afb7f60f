using System.Text;
using Microsoft.Data.Sqlite;

namespace SoftrLite.Storage;

/// <summary>
/// The SQL of record rows and link tables. Statements are built from internal table and field numbers only;
/// every value is a parameter. A row read starts with the system columns at <see cref="FirstFieldOrdinal"/> - 7.
/// </summary>
internal static class RecordStore
{
    public const int RowKeyOrdinal = 0;
    public const int IdOrdinal = 1;
    public const int CreatedAtOrdinal = 2;
    public const int UpdatedAtOrdinal = 3;
    public const int CreatedByOrdinal = 4;
    public const int UpdatedByOrdinal = 5;
    public const int AutonumberOrdinal = 6;
    public const int FirstFieldOrdinal = 7;
    private const string SystemColumns = "_rk, _id, _created_at, _updated_at, _created_by, _updated_by, _autonumber";

    /// <summary>The select list of a row: system columns, then <c>f{n}</c> for each stored field.</summary>
    public static string SelectList(IReadOnlyList<long> columns)
    {
        var sql = new StringBuilder(SystemColumns);
        foreach (var column in columns)
        {
            sql.Append(", ").Append(SqlNames.Column(column));
        }

        return sql.ToString();
    }

    public static SqliteCommand InsertCommand(SqliteConnection c, SqliteTransaction t, long table, IReadOnlyList<long> columns)
    {
        var names = new StringBuilder("_id, _created_at, _updated_at, _created_by, _updated_by, _autonumber");
        var values = new StringBuilder("@id, @created_at, @updated_at, @created_by, @updated_by, @autonumber");
        for (var i = 0; i < columns.Count; i++)
        {
            names.Append(", ").Append(SqlNames.Column(columns[i]));
            values.Append(", @c").Append(i);
        }

        var command = Command(c, t, $"INSERT INTO {SqlNames.DataTable(table)}({names}) VALUES ({values})");
        foreach (var name in new[] { "@id", "@created_at", "@updated_at", "@created_by", "@updated_by", "@autonumber" })
        {
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }

        AddColumnParameters(command, columns.Count);
        command.Prepare();
        return command;
    }

    public static SqliteCommand UpdateCommand(SqliteConnection c, SqliteTransaction t, long table, IReadOnlyList<long> columns)
    {
        var sets = new StringBuilder("_updated_at = @updated_at, _updated_by = @updated_by");
        for (var i = 0; i < columns.Count; i++)
        {
            sets.Append(", ").Append(SqlNames.Column(columns[i])).Append(" = @c").Append(i);
        }

        var command = Command(c, t, $"UPDATE {SqlNames.DataTable(table)} SET {sets} WHERE _rk = @rk");
        command.Parameters.Add(new SqliteParameter("@updated_at", DBNull.Value));
        command.Parameters.Add(new SqliteParameter("@updated_by", DBNull.Value));
        command.Parameters.Add(new SqliteParameter("@rk", DBNull.Value));
        AddColumnParameters(command, columns.Count);
        return command;
    }

    /// <summary>Writes computed columns only: a recomputation is not an edit, so the timestamps stay.</summary>
    public static SqliteCommand UpdateComputedCommand(SqliteConnection c, SqliteTransaction t, long table, IReadOnlyList<long> columns)
    {
        var sets = string.Join(", ", columns.Select((column, i) => $"{SqlNames.Column(column)} = @c{i}"));
        var command = Command(c, t, $"UPDATE {SqlNames.DataTable(table)} SET {sets} WHERE _rk = @rk");
        command.Parameters.Add(new SqliteParameter("@rk", DBNull.Value));
        AddColumnParameters(command, columns.Count);
        return command;
    }

    /// <summary>Reserves <paramref name="count"/> autonumbers of a table and returns the first; numbers are never reused.</summary>
    public static long ReserveAutonumbers(SqliteConnection c, SqliteTransaction t, long table, int count)
    {
        using var command = Command(c, t, "UPDATE _tables SET autonumber = autonumber + @count WHERE num = @table RETURNING autonumber");
        command.Parameters.AddWithValue("@count", count);
        command.Parameters.AddWithValue("@table", table);
        return (long)command.ExecuteScalar()! - count + 1;
    }

    /// <summary>A reusable lookup of a row key by record ID (<c>@id</c>).</summary>
    public static SqliteCommand RowKeyCommand(SqliteConnection c, SqliteTransaction? t, long table)
    {
        var command = Command(c, t, $"SELECT _rk FROM {SqlNames.DataTable(table)} WHERE _id = @id");
        command.Parameters.Add(new SqliteParameter("@id", DBNull.Value));
        return command;
    }

    public static long? FindRowKey(SqliteCommand rowKeyCommand, string id)
    {
        rowKeyCommand.Parameters[0].Value = id;
        return rowKeyCommand.ExecuteScalar() is long rk ? rk : null;
    }

    public static void DeleteRow(SqliteConnection c, SqliteTransaction t, long table, long rowKey)
    {
        using var command = Command(c, t, $"DELETE FROM {SqlNames.DataTable(table)} WHERE _rk = @rk");
        command.Parameters.AddWithValue("@rk", rowKey);
        command.ExecuteNonQuery();
    }

    public static void DeleteLinks(SqliteConnection c, SqliteTransaction t, long junction, string column, long rowKey)
    {
        using var command = Command(c, t, $"DELETE FROM {SqlNames.Junction(junction)} WHERE {column} = @rk");
        command.Parameters.AddWithValue("@rk", rowKey);
        command.ExecuteNonQuery();
    }

    public static SqliteCommand InsertLinkCommand(SqliteConnection c, SqliteTransaction t, long junction)
    {
        var command = Command(c, t, $"INSERT INTO {SqlNames.Junction(junction)}(a, b) VALUES (@a, @b)");
        command.Parameters.Add(new SqliteParameter("@a", DBNull.Value));
        command.Parameters.Add(new SqliteParameter("@b", DBNull.Value));
        return command;
    }

    /// <summary>Rows whose row keys are in a JSON array (<c>@keys</c>), in row-key order.</summary>
    public static SqliteCommand RowsByKeysCommand(SqliteConnection c, SqliteTransaction? t, long table, IReadOnlyList<long> columns, string keysJson)
    {
        var command = Command(c, t, $"SELECT {SelectList(columns)} FROM {SqlNames.DataTable(table)} WHERE _rk IN (SELECT value FROM json_each(@keys)) ORDER BY _rk");
        command.Parameters.AddWithValue("@keys", keysJson);
        return command;
    }

    public static SqliteCommand RowByIdCommand(SqliteConnection c, SqliteTransaction? t, long table, IReadOnlyList<long> columns, string id)
    {
        var command = Command(c, t, $"SELECT {SelectList(columns)} FROM {SqlNames.DataTable(table)} WHERE _id = @id");
        command.Parameters.AddWithValue("@id", id);
        return command;
    }

    /// <summary>
    /// The links of several records through one link table, in link order, with each linked record's ID and
    /// the value of <paramref name="labelColumn"/> (a column of the linked table, or NULL).
    /// </summary>
    public static SqliteCommand LinksCommand(
        SqliteConnection c, SqliteTransaction? t, long junction, string selfColumn, string otherColumn, long linkedTable, string? labelColumn, string keysJson)
    {
        var label = labelColumn ?? "NULL";
        var command = Command(
            c,
            t,
            $"""
            SELECT j.{selfColumn}, d._id, d.{label}
            FROM {SqlNames.Junction(junction)} j JOIN {SqlNames.DataTable(linkedTable)} d ON d._rk = j.{otherColumn}
            WHERE j.{selfColumn} IN (SELECT value FROM json_each(@keys))
            ORDER BY j.{selfColumn}, j.rk
            """);
        command.Parameters.AddWithValue("@keys", keysJson);
        return command;
    }

    /// <summary>The SQL name of a system column, for a linked record's label.</summary>
    public static string SystemColumnName(int ordinal) => ordinal switch
    {
        IdOrdinal => "_id",
        CreatedAtOrdinal => "_created_at",
        UpdatedAtOrdinal => "_updated_at",
        CreatedByOrdinal => "_created_by",
        UpdatedByOrdinal => "_updated_by",
        AutonumberOrdinal => "_autonumber",
        _ => throw new ArgumentOutOfRangeException(nameof(ordinal), ordinal, "Not a system column."),
    };

    /// <summary>
    /// Runs a prepared INSERT and returns the new row key. The key comes from SQLite's last-insert rowid, which
    /// costs nothing, rather than from RETURNING, which makes every insert a query.
    /// </summary>
    public static long InsertRow(SqliteCommand insert)
    {
        insert.ExecuteNonQuery();
        return SQLitePCL.raw.sqlite3_last_insert_rowid(insert.Connection!.Handle);
    }

    /// <summary>
    /// Reads a column whose type a STRICT table fixes; only ANY columns (computed values) need their type looked up.
    /// </summary>
    public static StoredValue ReadValue(SqliteDataReader reader, int ordinal, FieldStorage storage)
    {
        if (reader.IsDBNull(ordinal))
        {
            return StoredValue.Empty;
        }

        return storage switch
        {
            FieldStorage.Text => StoredValue.FromText(reader.GetString(ordinal)),
            FieldStorage.Integer => StoredValue.FromInteger(reader.GetInt64(ordinal)),
            FieldStorage.Real => StoredValue.FromReal(reader.GetDouble(ordinal)),
            _ => ReadValue(reader, ordinal),
        };
    }

    /// <summary>Reads a column of a row into a <see cref="StoredValue"/>, by its SQLite type.</summary>
    public static StoredValue ReadValue(SqliteDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
        {
            return StoredValue.Empty;
        }

        return reader.GetFieldType(ordinal) switch
        {
            var type when type == typeof(long) => StoredValue.FromInteger(reader.GetInt64(ordinal)),
            var type when type == typeof(double) => StoredValue.FromReal(reader.GetDouble(ordinal)),
            _ => StoredValue.FromText(reader.GetString(ordinal)),
        };
    }

    private static void AddColumnParameters(SqliteCommand command, int count)
    {
        for (var i = 0; i < count; i++)
        {
            command.Parameters.Add(new SqliteParameter("@c" + i, DBNull.Value));
        }
    }

    private static SqliteCommand Command(SqliteConnection c, SqliteTransaction? t, string sql)
    {
        var command = c.CreateCommand();
        command.Transaction = t;
        command.CommandText = sql;
        return command;
    }
}
