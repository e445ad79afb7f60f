using System.CommandLine;
using SoftrLite.Server;

namespace SoftrLite.Cli.CommandLine;

/// <summary>
/// Where a command's data is: <c>--data DIR</c> (default <c>./softrlite-data</c>) or <c>--postgres CONNECTION</c> with
/// <c>--schema-prefix PREFIX</c>. Made fresh for each command (an option belongs to one parent).
/// </summary>
internal sealed class DataSource
{
    private DataSource(Option<string> data)
    {
        Data = data;
    }

    /// <summary><c>--data DIR</c>.</summary>
    public Option<string> Data { get; }

    /// <summary><c>--postgres CONNECTION</c>: an Npgsql connection string.</summary>
    public Option<string> Postgres { get; } = new("--postgres")
    {
        Description = "Use the data on PostgreSQL instead of a data directory: an Npgsql connection string (Host=…;Port=…;Username=…;Database=…). Not with --data.",
        HelpName = "CONNECTION",
    };

    /// <summary><c>--schema-prefix PREFIX</c>: the prefix of the PostgreSQL schemas.</summary>
    public Option<string> SchemaPrefix { get; } = new("--schema-prefix")
    {
        Description = "With --postgres: the schemas' prefix (default softrlite).",
        HelpName = "PREFIX",
    };

    /// <summary>The options, with <c>--data</c> described as given.</summary>
    /// <param name="description">What <c>--data</c> is, as <see cref="CliOptions.Data"/> takes it.</param>
    public static DataSource Create(string description = "The data directory") => new(CliOptions.Data(description));

    /// <summary>Adds the three options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Data);
        command.Options.Add(Postgres);
        command.Options.Add(SchemaPrefix);
    }

    /// <summary>
    /// The data directory's full path, or <see langword="null"/> when <c>--postgres</c> was given; refuses
    /// <c>--data</c> with <c>--postgres</c>, and <c>--schema-prefix</c> without it, as usage errors.
    /// </summary>
    public string? Directory(ParseResult parsed, CliContext context)
    {
        var postgres = parsed.GetValue(Postgres);
        var explicitData = parsed.GetResult(Data) is { Implicit: false };
        if (postgres is not null && explicitData)
        {
            throw new CliUsageException("options '--data' and '--postgres' exclude each other.");
        }

        if (postgres is null && parsed.GetValue(SchemaPrefix) is not null)
        {
            throw new CliUsageException("option '--schema-prefix' needs '--postgres'.");
        }

        if (parsed.GetValue(SchemaPrefix) is { } prefix && !ServeArguments.SchemaPrefix().IsMatch(prefix))
        {
            throw new CliUsageException($"--schema-prefix expects lower-case letters, digits and underscores, starting with a letter, at most 30 characters; got '{prefix}'.");
        }

        return postgres is null ? context.FullPath(parsed.GetRequiredValue(Data)) : null;
    }

    /// <summary>Where the data is, for reports: the directory, or the PostgreSQL server without its password.</summary>
    public string Describe(ParseResult parsed, CliContext context) =>
        Directory(parsed, context) ?? PostgresLocation.Describe(parsed.GetRequiredValue(Postgres), Prefix(parsed));

    /// <summary>
    /// Opens the engine: on PostgreSQL (creating its catalog schema when needed), or the data directory, which must
    /// exist unless <paramref name="create"/>.
    /// </summary>
    public SoftrEngine Open(ParseResult parsed, CliContext context, bool create)
    {
        var directory = Directory(parsed, context);
        if (directory is not null)
        {
            return create ? SoftrEngine.Open(directory) : Targets.OpenExisting(directory);
        }

        return SoftrEngine.OpenPostgres(parsed.GetRequiredValue(Postgres), schemaPrefix: Prefix(parsed));
    }

    private string Prefix(ParseResult parsed) => parsed.GetValue(SchemaPrefix) ?? "softrlite";
}
