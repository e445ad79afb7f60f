namespace SoftrLite.Cli.CommandLine;

/// <summary>Finds the database and table a command names, by ID or by exact name (then by name ignoring case).</summary>
internal static class Targets
{
    public static Database? FindDatabase(SoftrEngine engine, string nameOrId)
    {
        var databases = Paging.ReadAll(p => engine.Databases.List(p));
        return Pick(databases, nameOrId, d => d.Id.Value, d => d.Name, "database");
    }

    public static Database Database(SoftrEngine engine, string nameOrId) =>
        FindDatabase(engine, nameOrId) ?? throw new CliFailureException($"no database named '{nameOrId}' (or with that ID); 'softrlite inspect' lists them.");

    public static Table? FindTable(SoftrEngine engine, DatabaseId databaseId, string nameOrId)
    {
        var tables = Paging.ReadAll(p => engine.Tables.List(databaseId, p));
        return Pick(tables, nameOrId, t => t.Id.Value, t => t.Name, "table");
    }

    public static Table Table(SoftrEngine engine, Database database, string nameOrId) =>
        FindTable(engine, database.Id, nameOrId)
        ?? throw new CliFailureException($"no table named '{nameOrId}' (or with that ID) in \"{database.Name}\"; 'softrlite inspect \"{database.Name}\"' lists them.");

    /// <summary>Opens a data directory that must already exist (commands that read never create one).</summary>
    public static SoftrEngine OpenExisting(string dataDirectory) =>
        Directory.Exists(dataDirectory)
            ? SoftrEngine.Open(dataDirectory)
            : throw new CliFailureException($"no data directory at {dataDirectory}.");

    private static T? Pick<T>(List<T> items, string nameOrId, Func<T, string> id, Func<T, string> name, string kind)
        where T : class
    {
        if (items.FirstOrDefault(i => id(i) == nameOrId) is { } byId)
        {
            return byId;
        }

        foreach (var comparison in new[] { StringComparison.Ordinal, StringComparison.OrdinalIgnoreCase })
        {
            var named = items.Where(i => string.Equals(name(i), nameOrId, comparison)).ToList();
            if (named.Count > 1)
            {
                throw new CliFailureException($"{named.Count} {kind}s are named '{nameOrId}'; name it by ID ({string.Join(", ", named.Select(id))}).");
            }

            if (named.Count == 1)
            {
                return named[0];
            }
        }

        return null;
    }
}
