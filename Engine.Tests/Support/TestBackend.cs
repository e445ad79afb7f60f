namespace SoftrLite.Tests.Support;

/// <summary>
/// The back end the suite runs on: SQLite in memory by default; PostgreSQL when <see cref="Variable"/> holds an Npgsql
/// connection string (<c>scripts/test</c> starts a throwaway server and runs the suite a second time with it). Tests that
/// are about the engine, not about SQLite files, open their engines here, so the same tests run on both.
/// </summary>
internal static class TestBackend
{
    /// <summary>The environment variable that selects PostgreSQL.</summary>
    public const string Variable = "SOFTRLITE_TEST_POSTGRES";

    /// <summary>The PostgreSQL connection string under test, or <see langword="null"/> on SQLite.</summary>
    public static string? PostgresConnection { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Whether the suite runs on PostgreSQL.</summary>
    public static bool IsPostgres => PostgresConnection is not null;

    /// <summary>
    /// A new engine of its own on the back end under test: in memory on SQLite; on PostgreSQL, schemas under a prefix no
    /// other engine uses. The journal keeps the in-memory default (off unless the options turn it on), so a test sees the
    /// same engine on both.
    /// </summary>
    public static SoftrEngine Open(SoftrEngineOptions? options = null)
    {
        if (PostgresConnection is not { } connection)
        {
            return SoftrEngine.OpenInMemory(options);
        }

        options ??= SoftrEngineOptions.Default;
        if (options.Journal.Mode == JournalMode.Auto)
        {
            options = options with { Journal = options.Journal with { Mode = JournalMode.Off } };
        }

        // An in-memory engine has no other process to poll for; tests that are about other processes open their own.
        if (options.ChangePollInterval == SoftrEngineOptions.Default.ChangePollInterval)
        {
            options = options with { ChangePollInterval = TimeSpan.FromHours(1) };
        }

        return SoftrEngine.OpenPostgres(connection, options, NewPrefix());
    }

    /// <summary>A schema prefix no other engine of the run uses.</summary>
    public static string NewPrefix() => "t" + Guid.NewGuid().ToString("N")[..24];
}
