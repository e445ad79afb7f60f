using System.CommandLine;
using System.Text;
using SoftrLite.Cli.Export;
using Spectre.Console;

namespace SoftrLite.Cli.CommandLine;

/// <summary><c>softrlite export --database D [--table T] --format csv|json [--out FILE] [--data DIR | --postgres CONNECTION [--schema-prefix P]]</c>.</summary>
internal static class ExportCommandLine
{
    public static Command Create(CliContext context)
    {
        var source = DataSource.Create();
        var database = CliOptions.Database(required: true);
        var table = CliOptions.Table(required: false);
        var format = new Option<string>("--format") { Description = "csv (one table: a header of field names, values as text) or json (a fixture, as serve --seed and import read).", HelpName = "csv|json", Required = true };
        format.AcceptOnlyFromAmong("csv", "json");
        var output = new Option<string>("--out", "-o") { Description = "The file to write (default: standard output).", HelpName = "FILE" };
        var command = new Command("export", "Export a table as CSV, or a database (or one table) as a JSON fixture. Progress goes to standard error, on a terminal only.")
        {
            database,
            table,
            format,
            output,
        };
        source.AddTo(command);
        command.SetAction(parsed =>
        {
            var csv = parsed.GetRequiredValue(format) == "csv";
            var tableName = parsed.GetValue(table);
            if (csv && tableName is null)
            {
                throw new CliUsageException("--format csv writes one table: give --table.");
            }

            using var engine = source.Open(parsed, context, create: false);
            var db = Targets.Database(engine, parsed.GetRequiredValue(database));
            var target = tableName is null ? null : Targets.Table(engine, db, tableName);
            var path = parsed.GetValue(output);
            var exporter = new Exporter(engine);
            if (!csv)
            {
                var json = context.ErrorIsTerminal
                    ? context.ErrorConsole().Status().Start("Exporting", _ => exporter.Fixture(db.Id, target))
                    : exporter.Fixture(db.Id, target);
                Write(context, path, writer => writer.Write(json + "\n"));
                return ExitCodes.Success;
            }

            var total = exporter.Count(db.Id, target!.Id);
            Write(context, path, writer => ProgressDisplay.Run(context.ErrorConsole(), context.ErrorIsTerminal, "Exporting", total,
                progress => exporter.WriteCsv(db.Id, target, writer, progress)));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(CliContext context, string? path, Action<TextWriter> write)
    {
        if (path is null)
        {
            write(context.Output);
            context.Output.Flush();
            return;
        }

        var full = context.FullPath(path);
        using var writer = new StreamWriter(full, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        write(writer);
    }
}
