using System.CommandLine;
using System.Globalization;
using SoftrLite.Cli.Import;

namespace SoftrLite.Cli.CommandLine;

/// <summary>
/// <c>softrlite import FILE --database D --table T [--create] [--format csv|json] [--data DIR | --postgres CONNECTION [--schema-prefix P]]</c>
/// imports rows into one table; <c>softrlite import FIXTURE.json [--data DIR | --postgres …]</c>, without a database and a
/// table, creates every database of a JSON fixture whole (schema, records with their IDs, links), as <c>serve --seed</c> does.
/// </summary>
internal static class ImportCommandLine
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The CSV or JSON file to import; '-' reads standard input (then give --format)." };
        var source = DataSource.Create();
        var database = CliOptions.Database(required: false);
        var table = CliOptions.Table(required: false);
        var create = new Option<bool>("--create") { Description = "Create the database, the table and missing fields (types inferred from the values: number, checkbox, date, datetime, email, url, else text)." };
        var format = new Option<string>("--format") { Description = "csv or json (default: from the file's extension).", HelpName = "csv|json" };
        format.AcceptOnlyFromAmong("csv", "json");
        var command = new Command("import", $"Import rows into a table, {BatchWriter.BatchSize} per transaction. CSV: the header row names the fields. JSON: a fixture (softrlite export --format json) or an array of records keyed by field names. A refused row never refuses its batch: the report lists each with its line and error, and the exit code is 1. Without --database and --table, a JSON fixture is imported whole: every database it holds, with its records' IDs and links, in one transaction each.")
        {
            file,
            database,
            table,
            create,
            format,
        };
        source.AddTo(command);
        command.SetAction(parsed =>
        {
            var path = parsed.GetRequiredValue(file);
            var kind = parsed.GetValue(format) ?? Path.GetExtension(path).TrimStart('.').ToLowerInvariant();
            if (kind is not ("csv" or "json"))
            {
                throw new CliUsageException($"cannot tell the format of '{path}'; give --format csv or --format json.");
            }

            var mode = parsed.GetValue(create) ? ImportMode.Create : ImportMode.ExistingOnly;
            _ = source.Directory(parsed, context);
            var (databaseName, tableName) = (parsed.GetValue(database), parsed.GetValue(table));
            if (databaseName is null && tableName is null && kind == "json")
            {
                using var target = source.Open(parsed, context, create: true);
                return FixtureImport.Run(target, ReadText(context, path), path, context.Output);
            }

            if (databaseName is null || tableName is null)
            {
                throw new CliUsageException("give --database and --table (the table the rows go into), or neither to import a whole JSON fixture.");
            }

            var rows = ReadSource(context, path, kind, databaseName, tableName);
            using var engine = source.Open(parsed, context, create: mode == ImportMode.Create);
            var result = ProgressDisplay.Run(context.OutputConsole(), context.OutputIsTerminal, "Importing", rows.Rows.Count,
                progress => new Importer(engine).Run(rows, databaseName, tableName, mode, progress));
            return Report(context.Output, result, rows.RowWord, databaseName, tableName);
        });
        return command;
    }

    private static string ReadText(CliContext context, string path)
    {
        using var reader = path == "-" ? TextReader.Synchronized(Console.In) : new StreamReader(context.FullPath(path));
        return reader.ReadToEnd();
    }

    private static ImportSource ReadSource(CliContext context, string path, string kind, string database, string table)
    {
        try
        {
            if (kind == "json")
            {
                return JsonSource.Read(ReadText(context, path), database, table);
            }

            using var reader = path == "-" ? TextReader.Synchronized(Console.In) : new StreamReader(context.FullPath(path));
            return CsvSource.Read(reader);
        }
        catch (FormatException exception)
        {
            throw new CliFailureException($"cannot read '{path}': {exception.Message}");
        }
    }

    private static int Report(TextWriter output, ImportResult result, string rowWord, string database, string table)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Imported {result.Imported} rows into \"{database}\" / \"{table}\"; refused {result.Refused.Count}."));
        if (result.IgnoredColumns.Count > 0)
        {
            output.WriteLine($"Ignored columns (read-only fields, or links to tables not imported): {string.Join(", ", result.IgnoredColumns)}.");
        }

        foreach (var row in result.Refused)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {rowWord} {row.Line}: {row.Code}: {row.Message}"));
        }

        return result.Refused.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }
}
