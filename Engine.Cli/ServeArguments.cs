using System.Globalization;
using SoftrLite.Rest;
using SoftrLite.Server;

namespace SoftrLite.Cli;

/// <summary>Parses the options of <c>softrlite serve</c> (DESIGN §7) into server options, or says what is wrong.</summary>
public static partial class ServeArguments
{
    /// <summary>Parses <paramref name="args"/> (the words after <c>serve</c>).</summary>
    /// <param name="args">The options.</param>
    /// <param name="workingDirectory">The directory relative paths are resolved against.</param>
    /// <param name="options">The server options, when the line is understood.</param>
    /// <param name="seedPath">The fixture file of <c>--seed</c>, if any (read by the caller).</param>
    /// <param name="quiet">Whether <c>--quiet</c> was given.</param>
    /// <returns><see langword="null"/> when understood; otherwise the problem, for the usage error.</returns>
    public static string? TryParse(IReadOnlyList<string> args, string workingDirectory, out SoftrServerOptions options, out string? seedPath, out bool quiet)
    {
        ArgumentNullException.ThrowIfNull(args);
        options = new SoftrServerOptions();
        seedPath = null;
        quiet = false;
        var inMemory = false;
        var tokens = new List<ServerToken>();
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inline) = Split(args[i]);
            if (name is "--in-memory" or "--quiet")
            {
                if (inline is not null)
                {
                    return $"option '{name}' takes no value";
                }

                inMemory |= name == "--in-memory";
                quiet |= name == "--quiet";
                continue;
            }

            if (!Known.Contains(name))
            {
                return $"unknown option '{args[i]}' for 'serve'";
            }

            var value = inline ?? (i + 1 < args.Count ? args[++i] : null);
            if (string.IsNullOrEmpty(value))
            {
                return $"option '{name}' needs a value";
            }

            var problem = Apply(name, value, workingDirectory, tokens, ref options, ref seedPath);
            if (problem is not null)
            {
                return problem;
            }
        }

        if (inMemory && options.DataDirectory is not null)
        {
            return "options '--data' and '--in-memory' exclude each other";
        }

        if (options.PostgresConnection is not null && (options.DataDirectory is not null || inMemory))
        {
            return options.DataDirectory is not null
                ? "options '--data' and '--postgres' exclude each other"
                : "options '--in-memory' and '--postgres' exclude each other";
        }

        if (options.PostgresConnection is null && args.Any(a => a.StartsWith("--schema-prefix", StringComparison.Ordinal)))
        {
            return "option '--schema-prefix' needs '--postgres'";
        }

        if (options.ClockStart is null && args.Any(a => a.StartsWith("--clock-step-ms", StringComparison.Ordinal)))
        {
            return "option '--clock-step-ms' needs '--clock'";
        }

        options = options with { Tokens = tokens };
        return null;
    }

    private static readonly string[] Known =
        ["--port", "--host", "--data", "--postgres", "--schema-prefix", "--id-seed", "--clock", "--clock-step-ms", "--token", "--seed", "--rate-limits", "--cors"];

    private static (string Name, string? Value) Split(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && equals > 2 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
    }

    // One option: updates the options (or the seed path) and returns null, or returns what is wrong with the value.
    private static string? Apply(string name, string value, string workingDirectory, List<ServerToken> tokens, ref SoftrServerOptions options, ref string? seedPath)
    {
        switch (name)
        {
            case "--port" when Int(value, 0, 65535, out var port):
                options = options with { Port = port };
                return null;
            case "--port":
                return $"--port expects a number from 0 to 65535; got '{value}'";
            case "--host":
                options = options with { Host = value };
                return null;
            case "--data":
                options = options with { DataDirectory = Path.GetFullPath(value, workingDirectory) };
                return null;
            case "--postgres":
                options = options with { PostgresConnection = value };
                return null;
            case "--schema-prefix" when SchemaPrefix().IsMatch(value):
                options = options with { PostgresSchemaPrefix = value };
                return null;
            case "--schema-prefix":
                return $"--schema-prefix expects lower-case letters, digits and underscores, starting with a letter, at most 30 characters; got '{value}'";
            case "--id-seed" when Int(value, int.MinValue, int.MaxValue, out var seed):
                options = options with { IdSeed = seed };
                return null;
            case "--id-seed":
                return $"--id-seed expects a whole number; got '{value}'";
            case "--clock" when DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start):
                options = options with { ClockStart = start };
                return null;
            case "--clock":
                return $"--clock expects an ISO 8601 instant such as 2026-01-01T00:00:00.000Z; got '{value}'";
            case "--clock-step-ms" when long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var step):
                options = options with { ClockStepMs = step };
                return null;
            case "--clock-step-ms":
                return $"--clock-step-ms expects a whole number of at least 0; got '{value}'";
            case "--token":
                return Token(value, tokens);
            case "--seed":
                seedPath = Path.GetFullPath(value, workingDirectory);
                return null;
            case "--rate-limits" when value == "cloud":
                options = options with { RateLimits = RateLimitProfile.CloudLike };
                return null;
            case "--rate-limits":
                return $"--rate-limits expects 'cloud'; got '{value}'";
            case "--cors":
                options = options with { CorsOrigin = value };
                return null;
            default:
                return $"unknown option '{name}' for 'serve'";
        }
    }

    /// <summary>What <see cref="SoftrEngine.OpenPostgres"/> accepts as a schema prefix.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("^[a-z][a-z0-9_]{0,29}$")]
    internal static partial System.Text.RegularExpressions.Regex SchemaPrefix();

    private static bool Int(string value, int min, int max, out int result) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result) && result >= min && result <= max;

    private static string? Token(string value, List<ServerToken> tokens)
    {
        var colon = value.LastIndexOf(':');
        var secret = colon < 0 ? value : value[..colon];
        var accessText = colon < 0 ? "FULL" : value[(colon + 1)..].ToUpperInvariant();
        TokenAccess? access = accessText switch
        {
            "FULL" => TokenAccess.Full,
            "EDIT_DATA" => TokenAccess.EditData,
            "VIEW_ONLY" => TokenAccess.ViewOnly,
            _ => null,
        };
        if (secret.Length == 0 || access is null)
        {
            return $"--token expects SECRET or SECRET:ACCESS (ACCESS one of FULL, EDIT_DATA, VIEW_ONLY); got '{value}'";
        }

        tokens.Add(new ServerToken(secret, access.Value));
        return null;
    }
}
