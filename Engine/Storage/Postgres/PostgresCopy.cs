using System.Data;
using Npgsql;

namespace SoftrLite.Storage.Postgres;

/// <summary>
/// A copy of a store's schema in a schema of its own on the same server: tables with their rows, indexes under their
/// names, identity counters and functions. Taken in one snapshot; put back by replacing the live schema whole, in one
/// transaction holding the schema's writer lock; dropped when disposed.
/// </summary>
internal sealed class PostgresCopy : StoreCopy
{
    private readonly string _connectionString;
    private bool _disposed;

    private PostgresCopy(string connectionString, string schema)
    {
        _connectionString = connectionString;
        Schema = schema;
    }

    /// <summary>The schema the copy is kept in.</summary>
    public string Schema { get; }

    /// <summary>Copies <paramref name="schema"/> as it is now.</summary>
    public static PostgresCopy Take(string connectionString, string schema)
    {
        var copy = new PostgresCopy(connectionString, "softrlite_copy_" + Guid.NewGuid().ToString("N"));
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction(IsolationLevel.RepeatableRead);
        Clone(connection, schema, copy.Schema);
        transaction.Commit();
        return copy;
    }

    /// <summary>Replaces <paramref name="schema"/> by this copy, holding its writer lock (<paramref name="lockKey"/>).</summary>
    public void RestoreInto(string connectionString, string schema, long lockKey)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using (var locking = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
        {
            locking.Parameters.AddWithValue("@key", lockKey);
            locking.ExecuteNonQuery();
        }

        Execute(connection, $"DROP SCHEMA IF EXISTS {SqlNames.Quote(schema)} CASCADE");
        Clone(connection, Schema, schema);
        transaction.Commit();
    }

    public override void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            using var connection = new NpgsqlConnection(_connectionString);
            connection.Open();
            Execute(connection, $"DROP SCHEMA IF EXISTS {SqlNames.Quote(Schema)} CASCADE");
        }
        catch (NpgsqlException)
        {
            // A copy that cannot be dropped now (the server went away) is left behind, named softrlite_copy_…; it holds
            // no live data and is safe to drop by hand.
        }
    }

    // Makes schema `to` a copy of schema `from`, inside the caller's transaction.
    private static void Clone(NpgsqlConnection connection, string from, string to)
    {
        var source = SqlNames.Quote(from);
        var target = SqlNames.Quote(to);
        Execute(connection, $"CREATE SCHEMA {target}");
        foreach (var table in Strings(connection, "SELECT tablename FROM pg_tables WHERE schemaname = @schema ORDER BY tablename", from))
        {
            var name = SqlNames.Quote(table);
            Execute(connection, $"CREATE TABLE {target}.{name} (LIKE {source}.{name} INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING GENERATED)");
            Execute(connection, $"INSERT INTO {target}.{name} SELECT * FROM {source}.{name}");
        }

        // Indexes (primary keys and UNIQUE constraints among them) under their own names, which the engine looks up.
        var spelled = Strings(connection, "SELECT quote_ident(@schema)", from)[0];
        foreach (var definition in Strings(connection, "SELECT indexdef FROM pg_indexes WHERE schemaname = @schema", from))
        {
            Execute(connection, definition.Replace($" ON {spelled}.", $" ON {target}.", StringComparison.Ordinal));
        }

        foreach (var definition in Strings(
            connection,
            "SELECT pg_get_functiondef(p.oid) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = @schema",
            from))
        {
            Execute(connection, definition.Replace($"FUNCTION {spelled}.", $"FUNCTION {target}.", StringComparison.Ordinal));
        }

        // Identity counters go on from the highest key copied, so a key is never handed out twice.
        using var identities = new NpgsqlCommand(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = @schema AND is_identity = 'YES'", connection);
        identities.Parameters.AddWithValue("@schema", to);
        var columns = new List<(string Table, string Column)>();
        using (var reader = identities.ExecuteReader())
        {
            while (reader.Read())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (table, column) in columns)
        {
            var qualified = $"{target}.{SqlNames.Quote(table)}";
            using var setval = new NpgsqlCommand(
                $"SELECT setval(pg_get_serial_sequence(@table, @column), coalesce(max({SqlNames.Quote(column)}), 0) + 1, false) FROM {qualified}", connection);
            setval.Parameters.AddWithValue("@table", qualified);
            setval.Parameters.AddWithValue("@column", column);
            setval.ExecuteNonQuery();
        }
    }

    private static List<string> Strings(NpgsqlConnection connection, string sql, string schema)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("@schema", schema);
        var values = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
