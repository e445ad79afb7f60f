using System.CommandLine;
using System.Globalization;
using SoftrLite.Cli.Inspect;

namespace SoftrLite.Cli.CommandLine;

/// <summary><c>softrlite inspect [DATABASE [TABLE]] [--limit N] [--filter JSON] [--sort FIELD[:desc]]…</c>.</summary>
internal static class InspectCommandLine
{
    public static Command Create(CliContext context)
    {
        var database = new Argument<string?>("DATABASE") { Description = "A database, by name or ID; without it, every database.", Arity = ArgumentArity.ZeroOrOne };
        var table = new Argument<string?>("TABLE") { Description = "A table of it, by name or ID: its fields and its first records.", Arity = ArgumentArity.ZeroOrOne };
        var source = DataSource.Create();
        var limit = new Option<int>("--limit", "-n") { Description = "How many records to show (default 20).", HelpName = "N", DefaultValueFactory = _ => 20 };
        var filter = new Option<string>("--filter") { Description = """A condition in the API's filter grammar, e.g. '{"operator":"GREATER_THAN","leftSide":"Amount","rightSide":1000}'.""", HelpName = "JSON" };
        var sort = new Option<string[]>("--sort") { Description = "Sort by a field, FIELD or FIELD:desc; repeat for more keys.", HelpName = "FIELD[:desc]" };
        var command = new Command("inspect", "Show the schema as a tree (databases, tables with record counts, fields with types); with a table, its records as a table with field names.")
        {
            database,
            table,
            limit,
            filter,
            sort,
        };
        source.AddTo(command);
        command.SetAction(parsed =>
        {
            var count = parsed.GetValue(limit);
            if (count < 0)
            {
                throw new CliUsageException("--limit expects a number of at least 0.");
            }

            var keys = (parsed.GetValue(sort) ?? []).Select(s => SortKeys.Parse(s) ?? throw new CliUsageException($"--sort expects FIELD, FIELD:asc or FIELD:desc; got '{s}'.")).ToList();
            var condition = parsed.GetValue(filter) is { } json ? FilterConditionJson.Parse(json) : null;
            var dataDirectory = source.Describe(parsed, context);
            using var engine = source.Open(parsed, context, create: false);
            var console = context.OutputConsole();
            var tree = new SchemaTree(engine);
            if (parsed.GetValue(database) is not { } databaseName)
            {
                console.Write(tree.Of(dataDirectory, Paging.ReadAll(p => engine.Databases.List(p))));
                return ExitCodes.Success;
            }

            var db = Targets.Database(engine, databaseName);
            if (parsed.GetValue(table) is not { } tableName)
            {
                console.Write(tree.Of(dataDirectory, [db]));
                return ExitCodes.Success;
            }

            var target = Targets.Table(engine, db, tableName);
            var query = new RecordQuery { Filter = condition, Sort = keys, Paging = new Paging(0, 0) };
            var total = engine.Records.Search(db.Id, target.Id, query).Total;
            var records = count == 0 ? [] : engine.Records.Enumerate(db.Id, target.Id, query with { Paging = Paging.Default }).Take(count).ToList();
            console.Write(tree.Of(db, target));
            console.Write(RecordGrid.Of(target, records));
            var matching = condition is null ? "records" : "matching records";
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{records.Count} of {total} {matching} shown."));
            return ExitCodes.Success;
        });
        return command;
    }
}
