using System.Data.Common;
using System.Text;

namespace SoftrLite.Tests.Support;

/// <summary>
/// A dump of a database's data: every row of every data table (<c>t…</c>: stored values, computed ones included, and the
/// system columns) and of every link table (<c>l…</c>), in row-key order, as text; with <paramref name="everyTable"/>,
/// the metadata tables, counters and journal too. On either back end (compare dumps of one back end with each other).
/// </summary>
internal static class DataDump
{
    public static string Of(SoftrEngine engine, DatabaseId database, bool everyTable = false) => engine.Context.Store(database).Read(s =>
    {
        var text = new StringBuilder();
        foreach (var table in Tables(s.Connection, everyTable))
        {
            text.Append("## ").AppendLine(table);
            foreach (var row in Rows(s.Connection, table))
            {
                foreach (var (name, value) in row)
                {
                    text.Append(name).Append('=').Append(value).Append(" | ");
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    });

    /// <summary>The tables of a store, by name: data and link tables only, or every table.</summary>
    public static List<string> Tables(DbConnection connection, bool everyTable)
    {
        var tables = new List<string>();
        using var list = connection.CreateCommand();
        list.CommandText = (IsPostgres(connection), everyTable) switch
        {
            (true, true) => "SELECT relname::text FROM pg_class WHERE relnamespace = to_regnamespace(quote_ident(current_schema()))::oid AND relkind = 'r' ORDER BY relname COLLATE \"C\"",
            (true, false) => "SELECT relname::text FROM pg_class WHERE relnamespace = to_regnamespace(quote_ident(current_schema()))::oid AND relkind = 'r' AND relname ~ '^[tl][0-9]+$' ORDER BY relname COLLATE \"C\"",
            (false, true) => "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
            (false, false) => "SELECT name FROM sqlite_master WHERE type = 'table' AND (name GLOB 't[0-9]*' OR name GLOB 'l[0-9]*') ORDER BY name",
        };
        using var reader = list.ExecuteReader();
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    /// <summary>The columns of a table of the store's schema on PostgreSQL, in their order.</summary>
    public static List<string> Columns(DbConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT attname FROM pg_attribute WHERE attrelid = to_regclass(quote_ident(@table))::oid AND attnum > 0 AND NOT attisdropped ORDER BY attnum";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@table";
        parameter.Value = table;
        command.Parameters.Add(parameter);
        var columns = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    /// <summary>The current schema of a PostgreSQL connection (a store's schema inside its read).</summary>
    public static string Schema(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT current_schema()::text";
        return (string)command.ExecuteScalar()!;
    }

    /// <summary>Whether a store's connection is to PostgreSQL (a test on PostgreSQL may still open SQLite files of its own).</summary>
    public static bool IsPostgres(DbConnection connection) => connection is Npgsql.NpgsqlConnection;

    /// <summary>Every row of a table in key order (the rowid on SQLite, the first column on PostgreSQL), each column as text.</summary>
    public static List<List<(string Name, string Value)>> Rows(DbConnection connection, string table)
    {
        var rows = new List<List<(string, string)>>();
        using var command = connection.CreateCommand();

        // PostgreSQL keeps statements prepared on pooled connections, and a prepared statement refuses to run once its
        // result columns changed: the columns and the schema are named, so a new column, or a table of the same name in
        // another test's schema, makes a new statement.
        command.CommandText = IsPostgres(connection)
            ? $"SELECT {string.Join(", ", Columns(connection, table).Select(c => $"\"{c}\""))} FROM \"{Schema(connection)}\".\"{table}\" ORDER BY 1"
            : $"SELECT * FROM \"{table}\" ORDER BY rowid";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var row = new List<(string, string)>(reader.FieldCount);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row.Add((reader.GetName(i), reader.GetValue(i) switch
                {
                    DBNull => "NULL",
                    byte[] bytes => Convert.ToBase64String(bytes),
                    double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                    var v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
                }));
            }

            rows.Add(row);
        }

        return rows;
    }
}
