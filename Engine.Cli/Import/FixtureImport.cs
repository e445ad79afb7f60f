using System.Globalization;
using System.Text.Json;
using SoftrLite.Cli.CommandLine;

namespace SoftrLite.Cli.Import;

/// <summary>
/// <c>softrlite import FIXTURE.json</c> without a database and a table: creates every database of a JSON fixture (the
/// format of <c>softrlite export --format json</c>) whole in the target, as <c>serve --seed</c> does: the schema by name,
/// the records with their IDs, the links by record ID. Exporting the target again gives the fixture's text. A fixture
/// naming a database the target already has is refused before anything is written, so an import never makes a twin.
/// </summary>
internal static class FixtureImport
{
    /// <summary>Imports the fixture; returns the exit code after reporting what was made.</summary>
    /// <exception cref="CliFailureException">The text is not a fixture, or names a database the target has.</exception>
    public static int Run(SoftrEngine engine, string json, string path, TextWriter output)
    {
        foreach (var name in DatabaseNames(json, path))
        {
            if (Targets.FindDatabase(engine, name) is not null)
            {
                throw new CliFailureException($"the target already has a database named '{name}'; a fixture import creates its databases, so import into a target without it (or give --database and --table to add rows to one table).");
            }
        }

        var databases = engine.Fixtures.Seed(json);
        foreach (var database in databases)
        {
            var tables = engine.Tables.List(database.Id, new Paging(0, Paging.MaxLimit)).Items;
            var records = tables.Sum(table => engine.Records.List(database.Id, table.Id, new Paging(0, 1)).Total);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Imported \"{database.Name}\" ({database.Id}): {tables.Count} tables, {records} records."));
        }

        return ExitCodes.Success;
    }

    private static List<string> DatabaseNames(string json, string path)
    {
        try
        {
            var root = JsonElement.Parse(json);
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("databases", out var databases) || databases.ValueKind != JsonValueKind.Array)
            {
                throw new CliFailureException($"cannot import '{path}' whole: expected a fixture (an object with \"databases\", as softrlite export --format json writes); an array of records needs --database and --table.");
            }

            return [.. databases.EnumerateArray().Select(d => d.TryGetProperty("name", out var name) ? name.GetString() ?? string.Empty : string.Empty)];
        }
        catch (JsonException exception)
        {
            throw new CliFailureException($"cannot read '{path}': the file is not valid JSON: {exception.Message}");
        }
    }
}
