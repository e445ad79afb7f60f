using System.Diagnostics;
using Npgsql;

namespace SoftrLite.Benchmarks.Postgres;

/// <summary>
/// The PostgreSQL server the PostgreSQL benchmarks run against: the connection string in the environment variable
/// <see cref="Variable"/>, or else a throwaway cluster this process starts with <c>scripts/pg-cluster start DIR</c> and
/// stops when it exits. Fails with a message naming both when neither works.
/// </summary>
internal static class PostgresServer
{
    /// <summary>The environment variable holding an Npgsql connection string, e.g. <c>Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres</c>.</summary>
    public const string Variable = "SOFTRLITE_BENCH_POSTGRES";

    private static readonly Lazy<string> Server = new(Find);

    /// <summary>The server's connection string (found or started on first use).</summary>
    public static string ConnectionString => Server.Value;

    /// <summary>A connection string like <see cref="ConnectionString"/> whose sessions have <paramref name="schema"/> as their search path.</summary>
    public static string InSchema(string schema) =>
        new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = Quote(schema), ApplicationName = "softrlite-bench-raw" }.ConnectionString;

    /// <summary>A schema's name quoted as an SQL identifier.</summary>
    public static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Drops the catalog schema <paramref name="prefix"/> and every database schema <c>{prefix}_…</c> of it.</summary>
    public static void DropSchemas(string prefix)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        var schemas = new List<string>();
        using (var list = new NpgsqlCommand("SELECT nspname FROM pg_namespace WHERE nspname = @p OR left(nspname, length(@p) + 1) = @p || '_'", connection))
        {
            list.Parameters.AddWithValue("p", prefix);
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                schemas.Add(reader.GetString(0));
            }
        }

        foreach (var schema in schemas)
        {
            using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {Quote(schema)} CASCADE", connection);
            drop.ExecuteNonQuery();
        }
    }

    /// <summary>A schema prefix no other run uses, e.g. <c>slbench_read_3f2a9c1d</c>.</summary>
    public static string UniquePrefix(string label) => "slbench_" + label + "_" + Guid.NewGuid().ToString("N")[..8];

    private static string Find()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var script = FindScript();
        if (script is null)
        {
            throw Missing("scripts/pg-cluster was not found above the current directory or the benchmark's binaries");
        }

        var directory = Path.Combine(Path.GetTempPath(), "softrlite-bench-pg-" + Guid.NewGuid().ToString("N"));
        var (code, output, error) = Run(script, "start", directory);
        if (code != 0 || string.IsNullOrWhiteSpace(output))
        {
            Run(script, "stop", directory);
            throw Missing($"`scripts/pg-cluster start` failed (exit code {code}): {error.Trim()}");
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            NpgsqlConnection.ClearAllPools();
            Run(script, "stop", directory);
        };
        Console.WriteLine("// Started a throwaway PostgreSQL cluster with scripts/pg-cluster (stopped when this process exits).");
        return output.Trim().Split('\n')[^1].Trim();
    }

    private static InvalidOperationException Missing(string reason) => new(
        $"The PostgreSQL benchmarks need a server: set {Variable} to an Npgsql connection string "
        + "(e.g. Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres), or let them start a throwaway cluster "
        + $"with `scripts/pg-cluster start DIR` (needs the PostgreSQL server binaries). That did not work: {reason}.");

    private static string? FindScript()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "scripts", "pg-cluster");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static (int Code, string Output, string Error) Run(string script, string command, string directory)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(command);
        start.ArgumentList.Add(directory);
        using var process = Process.Start(start) ?? throw Missing("bash could not be started");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
