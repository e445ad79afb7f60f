using System.Text;
using System.Text.Json;
using System.Data.Common;

namespace SoftrLite.Storage;

/// <summary>
/// Whole-row reads and writes for the journal: images of rows (system columns and chosen field columns, by row key)
/// and rows of link tables by their own key, so an undo or redo puts rows and links back exactly as they were.
/// </summary>
internal static class ImageStore
{
    /// <summary>The system columns an image starts with, in order: the record ID first.</summary>
    public const string SystemColumns = "_id, _created_at, _updated_at, _created_by, _updated_by, _autonumber";

    /// <summary>How many system columns an image starts with.</summary>
    public const int SystemCount = 6;

    private static readonly FieldStorage[] SystemStorage =
        [FieldStorage.Text, FieldStorage.Integer, FieldStorage.Integer, FieldStorage.Text, FieldStorage.Text, FieldStorage.Integer];

    /// <summary>The images of some rows of a table (rows that do not exist are left out).</summary>
    public static Dictionary<long, StoredValue[]> Read(ReadScope s, long table, IReadOnlyList<long> columns, IEnumerable<long> keys)
    {
        var command = s.Statement($"SELECT _rk, {SelectList(columns)} FROM {SqlNames.DataTable(table)} WHERE _rk IN ({s.Dialect.IntegerValues("@keys")})", ["@keys"]);
        command.Parameters[0].Value = JsonSerializer.Serialize(keys);
        var images = new Dictionary<long, StoredValue[]>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var image = new StoredValue[SystemCount + columns.Count];
            for (var i = 0; i < image.Length; i++)
            {
                image[i] = RecordStore.ReadValue(reader, i + 1);
            }

            images[reader.GetInt64(0)] = image;
        }

        return images;
    }

    /// <summary>The image of one row, or <see langword="null"/> when the table has no such row.</summary>
    public static StoredValue[]? ReadOne(ReadScope s, long table, IReadOnlyList<long> columns, long rowKey)
    {
        var command = s.Statement($"SELECT {SelectList(columns)} FROM {SqlNames.DataTable(table)} WHERE _rk = @rk", ["@rk"]);
        command.Parameters[0].Value = rowKey;
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var image = new StoredValue[SystemCount + columns.Count];
        for (var i = 0; i < image.Length; i++)
        {
            image[i] = RecordStore.ReadValue(reader, i);
        }

        return image;
    }

    /// <summary>Inserts a row with its key and image (an undone delete or a redone create).</summary>
    public static void Insert(WriteScope s, long table, ImageColumns columns, long rowKey, StoredValue[] image)
    {
        var values = new StringBuilder("@rk");
        for (var i = 0; i < image.Length; i++)
        {
            values.Append(", @c").Append(i);
        }

        var command = s.Statement($"INSERT INTO {SqlNames.DataTable(table)}(_rk, {SelectList(columns.Nums)}) VALUES ({values})", ["@rk"], image.Length);
        Bind(s.Dialect, command, rowKey, image, columns);
        command.ExecuteNonQuery();
    }

    /// <summary>Writes a row's image over it (an undone or redone update).</summary>
    public static void Write(WriteScope s, long table, ImageColumns columns, long rowKey, StoredValue[] image)
    {
        var sets = new StringBuilder();
        var names = SelectList(columns.Nums).Split(", ");
        for (var i = 0; i < names.Length; i++)
        {
            sets.Append(i == 0 ? string.Empty : ", ").Append(names[i]).Append(" = @c").Append(i);
        }

        var command = s.Statement($"UPDATE {SqlNames.DataTable(table)} SET {sets} WHERE _rk = @rk", ["@rk"], image.Length);
        Bind(s.Dialect, command, rowKey, image, columns);
        command.ExecuteNonQuery();
    }

    /// <summary>The rows of a link table holding a record on one side (<paramref name="column"/> is <c>a</c> or <c>b</c>).</summary>
    public static List<(long Rk, long A, long B)> LinkRows(ReadScope s, long junction, string column, long rowKey)
    {
        var command = s.Statement($"SELECT rk, a, b FROM {SqlNames.Junction(junction)} WHERE {SqlNames.JunctionSide(column)} = @rk", ["@rk"]);
        command.Parameters[0].Value = rowKey;
        var rows = new List<(long, long, long)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)));
        }

        return rows;
    }

    /// <summary>Whether a link table holds exactly this row.</summary>
    public static bool HasLink(ReadScope s, long junction, long rk, long a, long b)
    {
        var command = s.Statement($"SELECT EXISTS(SELECT 1 FROM {SqlNames.Junction(junction)} WHERE rk = @rk AND a = @a AND b = @b)", ["@rk", "@a", "@b"]);
        command.Parameters[0].Value = rk;
        command.Parameters[1].Value = a;
        command.Parameters[2].Value = b;
        return Convert.ToBoolean(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Puts a link row back with its key.</summary>
    public static void InsertLink(WriteScope s, long junction, long rk, long a, long b)
    {
        var command = s.Statement($"INSERT INTO {SqlNames.Junction(junction)}(rk, a, b) VALUES (@rk, @a, @b)", ["@rk", "@a", "@b"]);
        command.Parameters[0].Value = rk;
        command.Parameters[1].Value = a;
        command.Parameters[2].Value = b;
        command.ExecuteNonQuery();
    }

    /// <summary>Removes a link row by its key.</summary>
    public static void DeleteLink(WriteScope s, long junction, long rk)
    {
        var command = s.Statement($"DELETE FROM {SqlNames.Junction(junction)} WHERE rk = @rk", ["@rk"]);
        command.Parameters[0].Value = rk;
        command.ExecuteNonQuery();
    }

    private static string SelectList(IReadOnlyList<long> columns)
    {
        var sql = new StringBuilder(SystemColumns);
        foreach (var column in columns)
        {
            sql.Append(", ").Append(SqlNames.Column(column));
        }

        return sql.ToString();
    }

    private static void Bind(SqlDialect dialect, DbCommand command, long rowKey, StoredValue[] image, ImageColumns columns)
    {
        var parameters = command.Parameters;
        parameters[0].Value = rowKey;
        for (var i = 0; i < image.Length; i++)
        {
            dialect.Bind(parameters[1 + i], image[i], i < SystemCount ? SystemStorage[i] : columns.Storage[i - SystemCount]);
        }
    }
}
