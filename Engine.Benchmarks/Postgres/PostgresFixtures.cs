namespace SoftrLite.Benchmarks.Postgres;

/// <summary>
/// The table of <see cref="Records"/> records the PostgreSQL read, search and deep-page benchmarks share: filled once per
/// process (<see cref="ThroughEngine"/> records through the engine with seeded IDs, the rest by COPY), its schemas dropped when the process exits.
/// </summary>
internal static class PostgresFixtures
{
    public const int Records = 1_000_000;

    /// <summary>
    /// How many of the records go through the engine's <c>CreateMany</c>; the rest are copied (COPY) into its data table.
    /// On the 2-core development machine CreateMany wrote about 2,000 records/s, so a million through it alone would take
    /// most of the run's budget.
    /// </summary>
    public const int ThroughEngine = 20_000;

    private static readonly Lazy<PostgresTable> Shared = new(() =>
    {
        var table = PostgresTable.Create("read", Records, new SoftrEngineOptions { IdSeed = 1 }, ThroughEngine);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                table.Dispose();
            }
            catch (Npgsql.NpgsqlException)
            {
                // A throwaway cluster this process started may already be stopped: its schemas went with it.
            }
        };
        return table;
    });

    /// <summary>The shared table, filled on first use.</summary>
    public static PostgresTable Million => Shared.Value;
}
