using System.Text.RegularExpressions;

namespace SoftrLite.Storage.Readable;

/// <summary>
/// Names of the readable views and their columns. A view is named after its table and a column after its field;
/// a name already taken (ignoring case, as SQLite does) gets the first free suffix " (2)", " (3)", … in creation
/// order. Names the engine or SQLite keep for themselves (<c>t12</c>, <c>l3</c>, <c>l3_b</c>, <c>ix_f7</c>, the
/// metadata tables) count as taken; a name starting with <c>sqlite_</c>, which SQLite refuses, gets a leading
/// underscore. A NUL character in a name shows as U+FFFD.
/// </summary>
internal static partial class ReadableNames
{
    /// <summary>The record ID column of every view.</summary>
    public const string Id = "id";

    /// <summary>The creation time column of every view.</summary>
    public const string CreatedAt = "createdAt";

    /// <summary>The last-change time column of every view.</summary>
    public const string UpdatedAt = "updatedAt";

    /// <summary>The helper view of every SELECT field's choices (<c>field</c>, <c>id</c>, <c>label</c>), which the table views read labels from.</summary>
    public const string Choices = "_choices";

    private static readonly string[] Internal = ["_tables", "_fields", "_views", "_meta", "_views_by_table", Choices];

    /// <summary>The view name of each table (by table number), tables taken in creation order.</summary>
    public static Dictionary<long, string> Views(IEnumerable<(long Num, string Name)> tables)
    {
        var taken = new HashSet<string>(Internal, StringComparer.OrdinalIgnoreCase);
        var names = new Dictionary<long, string>();
        foreach (var (num, name) in tables.OrderBy(t => t.Num))
        {
            var wanted = name.StartsWith("sqlite_", StringComparison.OrdinalIgnoreCase) ? "_" + name : name;
            names[num] = Claim(taken, wanted, IsEngineName);
        }

        return names;
    }

    /// <summary>
    /// The column names of a view: the fields (in table order) keep their names first, then <see cref="Id"/>,
    /// <see cref="CreatedAt"/> and <see cref="UpdatedAt"/> take theirs or the next free suffix.
    /// </summary>
    public static (string[] Fields, string Id, string CreatedAt, string UpdatedAt) Columns(IEnumerable<string> fieldNames)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var fields = fieldNames.Select(name => Claim(taken, name, _ => false)).ToArray();
        return (fields, Claim(taken, Id, _ => false), Claim(taken, CreatedAt, _ => false), Claim(taken, UpdatedAt, _ => false));
    }

    private static string Claim(HashSet<string> taken, string name, Func<string, bool> reserved)
    {
        // SQLite reads a statement only up to a NUL character, so a NUL in a name would cut the statement short.
        var wanted = name.Replace('\0', '\uFFFD');
        name = wanted;
        for (var n = 2; reserved(name) || !taken.Add(name); n++)
        {
            name = $"{wanted} ({n})";
        }

        return name;
    }

    // The names of the engine's own data tables, link tables and indexes, present and future: a view holding one
    // would block the CREATE TABLE or CREATE INDEX of a later table, link or field.
    private static bool IsEngineName(string name) => EngineName().IsMatch(name);

    [GeneratedRegex(@"^(t[0-9]+|l[0-9]+|l[0-9]+_b|ix_f[0-9]+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EngineName();
}
