using Npgsql;
using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Postgres;

/// <summary>
/// A schema prefix no other test uses, on the PostgreSQL server of <see cref="TestBackend.PostgresConnection"/>; disposing
/// it drops every schema the prefix names (the catalog schema and one per database).
/// </summary>
internal sealed class PostgresSchemas : IDisposable
{
    private PostgresSchemas(string connection)
    {
        Connection = connection;
        Prefix = "t" + Guid.NewGuid().ToString("N")[..20];
    }

    /// <summary>The connection string of the server under test.</summary>
    public string Connection { get; }

    /// <summary>The prefix of this test's schemas.</summary>
    public string Prefix { get; }

    /// <summary>A fresh prefix, or ignores the test when the suite does not run on PostgreSQL.</summary>
    public static PostgresSchemas Create()
    {
        if (TestBackend.PostgresConnection is not { } connection)
        {
            Assert.Ignore("needs PostgreSQL: runs in the PostgreSQL pass of scripts/test");
            throw new InvalidOperationException("unreachable");
        }

        return new PostgresSchemas(connection);
    }

    /// <summary>The names of the schemas the prefix names, in order.</summary>
    public List<string> Names()
    {
        using var connection = new NpgsqlConnection(Connection);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT nspname FROM pg_namespace WHERE nspname = @p OR left(nspname, length(@p) + 1) = @p || '_' ORDER BY nspname", connection);
        command.Parameters.AddWithValue("p", Prefix);
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        var names = Names();
        using var connection = new NpgsqlConnection(Connection);
        connection.Open();
        foreach (var name in names)
        {
            using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{name}\" CASCADE", connection);
            drop.ExecuteNonQuery();
        }
    }
}
