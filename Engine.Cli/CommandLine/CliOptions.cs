using System.CommandLine;

namespace SoftrLite.Cli.CommandLine;

/// <summary>Options several commands share, made fresh for each command (an option belongs to one parent).</summary>
internal static class CliOptions
{
    /// <summary><c>--data DIR</c>, defaulting to <c>./softrlite-data</c>.</summary>
    public static Option<string> Data(string description = "The data directory") => new("--data")
    {
        Description = description + ".",
        HelpName = "DIR",
        DefaultValueFactory = _ => CliApp.DefaultDataDirectory,
    };

    /// <summary><c>--database D</c>: a database by name or ID.</summary>
    public static Option<string> Database(bool required) => new("--database", "-d")
    {
        Description = "The database, by name or ID.",
        HelpName = "DATABASE",
        Required = required,
    };

    /// <summary><c>--table T</c>: a table by name or ID.</summary>
    public static Option<string> Table(bool required) => new("--table", "-t")
    {
        Description = "The table, by name or ID.",
        HelpName = "TABLE",
        Required = required,
    };
}
