using SoftrLite.Rest;

namespace SoftrLite.Server;

/// <summary>How a <see cref="SoftrServer"/> listens and what engine it serves. Immutable.</summary>
public sealed record SoftrServerOptions
{
    /// <summary>The address to listen on: a loopback address only (default <c>127.0.0.1</c>).</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The port; 0 picks a free one (read it from <see cref="SoftrServer.Port"/>).</summary>
    public int Port { get; init; }

    /// <summary>The data directory; <see langword="null"/> keeps everything in memory.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>
    /// An Npgsql connection string: the engine keeps its data in schemas of that PostgreSQL database
    /// (<see cref="SoftrEngine.OpenPostgres"/>), shared with every server opened on the same server and
    /// <see cref="PostgresSchemaPrefix"/>; <see langword="null"/> for <see cref="DataDirectory"/> or memory. Not with
    /// <see cref="DataDirectory"/>.
    /// </summary>
    public string? PostgresConnection { get; init; }

    /// <summary>The prefix of the PostgreSQL schemas (default <c>softrlite</c>); used with <see cref="PostgresConnection"/> only.</summary>
    public string PostgresSchemaPrefix { get; init; } = "softrlite";

    /// <summary>The ID seed, for reproducible IDs; <see langword="null"/> for random IDs.</summary>
    public int? IdSeed { get; init; }

    /// <summary>A fixed clock's first reading; <see langword="null"/> for the system clock.</summary>
    public DateTimeOffset? ClockStart { get; init; }

    /// <summary>How far the fixed clock moves after every API request, in milliseconds (default 1, as in the conformance environment).</summary>
    public long ClockStepMs { get; init; } = 1;

    /// <summary>Tokens made at start; while none exist, keys are not checked.</summary>
    public IReadOnlyList<ServerToken> Tokens { get; init; } = [];

    /// <summary>A JSON fixture (the format of <see cref="FixtureOperations.Export"/>) seeded at start.</summary>
    public string? SeedFixture { get; init; }

    /// <summary>Rate limits of the REST layer (default none).</summary>
    public RateLimitProfile RateLimits { get; init; } = RateLimitProfile.None;

    /// <summary>The largest accepted request body in bytes; a larger one gets 413 unread (default 64 MB).</summary>
    public long MaxBodyBytes { get; init; } = RestApiOptions.Default.MaxBodyBytes;

    /// <summary>An origin (or <c>*</c>) browsers may call from: CORS headers and preflight answers; <see langword="null"/>: no CORS.</summary>
    public string? CorsOrigin { get; init; }

    /// <summary>Where one line per request goes (method, path, status, milliseconds); <see langword="null"/> for none.</summary>
    public TextWriter? Log { get; init; }
}
