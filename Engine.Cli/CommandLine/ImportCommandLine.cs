using System.CommandLine;
using System.Globalization;
using SoftrLite.Cli.Import;

namespace SoftrLite.Cli.CommandLine;

/// <summary><c>softrlite import FILE --database D --table T [--create] [--format csv|json] [--data DIR | --postgres CONNECTION [--schema-prefix P]]</c>.</summary>
internal static class ImportCommandLine
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The CSV or JSON file to import; '-' reads standard input (then give --format)." };
        var source = DataSource.Create();
        var database = CliOptions.Database(required: true);
        var table = CliOptions.Table(required: true);
        var create = new Option<bool>("--create") { Description = "Create the database, the table and missing fields (types inferred from the values: number, checkbox, date, datetime, email, url, else text)." };
        var format = new Option<string>("--format") { Description = "csv or json (default: from the file's extension).", HelpName = "csv|json" };
        format.AcceptOnlyFromAmong("csv", "json");
        var command = new Command("import", $"Import rows into a table, {BatchWriter.BatchSize} per transaction. CSV: the header row names the fields. JSON: a fixture (softrlite export --format json) or an array of records keyed by field names. A refused row never refuses its batch: the report lists each with its line and error, and the exit code is 1.")
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
            var databaseName = parsed.GetRequiredValue(database);
            var tableName = parsed.GetRequiredValue(table);
            var rows = ReadSource(context, path, kind, databaseName, tableName);
            using var engine = source.Open(parsed, context, create: mode == ImportMode.Create);
            var result = ProgressDisplay.Run(context.OutputConsole(), context.OutputIsTerminal, "Importing", rows.Rows.Count,
                progress => new Importer(engine).Run(rows, databaseName, tableName, mode, progress));
            return Report(context.Output, result, rows.RowWord, databaseName, tableName);
        });
        return command;
    }

    private static ImportSource ReadSource(CliContext context, string path, string kind, string database, string table)
    {
        try
        {
            using var reader = path == "-" ? TextReader.Synchronized(Console.In) : new StreamReader(context.FullPath(path));
            return kind == "csv" ? CsvSource.Read(reader) : JsonSource.Read(reader.ReadToEnd(), database, table);
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
