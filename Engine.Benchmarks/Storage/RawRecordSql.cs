using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace SoftrLite.Benchmarks.Storage;

/// <summary>
/// The record baselines' hand-written SQL: a data table made with the engine's DDL (system columns, then
/// <c>f1</c>…<c>fN</c>), one prepared INSERT of every column, and the engine's select list.
/// </summary>
internal static class RawRecordSql
{
    /// <summary>Ordinal of the first field column in <see cref="SelectList"/>, after the seven system columns.</summary>
    public const int FirstFieldOrdinal = 7;
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const int IdLength = 14;
    private const int SystemParameters = 6;

    /// <summary>The system columns, then the field columns, as the engine selects a row.</summary>
    public static string SelectList(int fieldCount)
    {
        var sql = new StringBuilder("_rk, _id, _created_at, _updated_at, _created_by, _updated_by, _autonumber");
        for (var f = 1; f <= fieldCount; f++)
        {
            sql.Append(", f").Append(f.ToString(CultureInfo.InvariantCulture));
        }

        return sql.ToString();
    }

    /// <summary>A new file (or an existing one) in WAL mode, as the engine opens its database files.</summary>
    public static SqliteConnection OpenWal(string path)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        RawSql.Execute(connection, null, "PRAGMA journal_mode = WAL");
        return connection;
    }

    /// <summary>The data table <c>t{tableNum}</c> with one column per field type, as the engine makes it.</summary>
    public static void CreateTable(SqliteConnection c, long tableNum, IReadOnlyList<string> sqlTypes)
    {
        using var transaction = c.BeginTransaction(deferred: false);
        RawSql.CreateDataTable(c, transaction, tableNum);
        for (var f = 0; f < sqlTypes.Count; f++)
        {
            RawSql.AddColumn(c, transaction, tableNum, f + 1, sqlTypes[f]);
        }

        transaction.Commit();
    }

    /// <summary>A prepared INSERT of the system columns and every field column; set values with <see cref="Bind"/>.</summary>
    public static SqliteCommand PrepareInsert(SqliteConnection c, long tableNum, int fieldCount)
    {
        var names = new StringBuilder("_id, _created_at, _updated_at, _created_by, _updated_by, _autonumber");
        var values = new StringBuilder("$id, $created_at, $updated_at, $created_by, $updated_by, $autonumber");
        for (var f = 1; f <= fieldCount; f++)
        {
            names.Append(", f").Append(f.ToString(CultureInfo.InvariantCulture));
            values.Append(", $f").Append(f.ToString(CultureInfo.InvariantCulture));
        }

        var command = c.CreateCommand();
        command.CommandText = $"INSERT INTO t{tableNum.ToString(CultureInfo.InvariantCulture)}({names}) VALUES ({values})";
        foreach (var name in new[] { "$id", "$created_at", "$updated_at", "$created_by", "$updated_by", "$autonumber" })
        {
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }

        for (var f = 1; f <= fieldCount; f++)
        {
            command.Parameters.Add(new SqliteParameter("$f" + f.ToString(CultureInfo.InvariantCulture), DBNull.Value));
        }

        command.Prepare();
        return command;
    }

    /// <summary>Sets the parameters of <see cref="PrepareInsert"/> for one row (no acting user: the by-columns are NULL).</summary>
    public static void Bind(SqliteCommand insert, string id, long now, long autonumber, object[] values)
    {
        var parameters = insert.Parameters;
        parameters[0].Value = id;
        parameters[1].Value = now;
        parameters[2].Value = now;
        parameters[5].Value = autonumber;
        for (var f = 0; f < values.Length; f++)
        {
            parameters[SystemParameters + f].Value = values[f];
        }
    }

    /// <summary>A 14-character record ID drawn like the engine's.</summary>
    public static string NewId(Random random) => string.Create(IdLength, random, static (span, r) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = Alphabet[r.Next(Alphabet.Length)];
        }
    });

    /// <summary>The stored field values of every row of <c>t{tableNum}</c>, in row order, as SQLite hands them back.</summary>
    public static List<object?[]> ReadFieldColumns(SqliteConnection c, long tableNum, int fieldCount)
    {
        using var command = RawSql.Command(c, null, $"SELECT {SelectList(fieldCount)} FROM t{tableNum.ToString(CultureInfo.InvariantCulture)} ORDER BY _rk");
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[fieldCount];
            for (var f = 0; f < fieldCount; f++)
            {
                row[f] = reader.IsDBNull(FirstFieldOrdinal + f) ? null : reader.GetValue(FirstFieldOrdinal + f);
            }

            rows.Add(row);
        }

        return rows;
    }
}
