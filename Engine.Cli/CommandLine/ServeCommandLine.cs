using System.CommandLine;

namespace SoftrLite.Cli.CommandLine;

/// <summary>
/// <c>softrlite serve [options]</c> (DESIGN §7). System.CommandLine reads the options; <see cref="ServeArguments"/>
/// still checks their values, so its messages and rules stay in one place.
/// </summary>
internal static class ServeCommandLine
{
    public static Command Create(CliContext context)
    {
        var valued = new (string Name, string HelpName, string Description)[]
        {
            ("--port", "N", "The port; 0 (default) picks a free one, printed on the startup line."),
            ("--host", "ADDRESS", "A loopback address (default 127.0.0.1)."),
            ("--data", "DIR", "Keep the data in DIR. Unlike the other commands, serve keeps its data in memory when --data is not given."),
            ("--postgres", "CONNECTION", "Keep the data on PostgreSQL: an Npgsql connection string (Host=…;Port=…;Username=…;Database=…). Servers opened on the same server and prefix share the data and see each other's changes. Not with --data."),
            ("--schema-prefix", "PREFIX", "With --postgres: the schemas' prefix (default softrlite): schema PREFIX and PREFIX_DATABASEID per database."),
            ("--id-seed", "N", "Reproducible IDs."),
            ("--clock", "ISO", "A fixed clock starting at ISO, moving --clock-step-ms N (default 1) per API request."),
            ("--clock-step-ms", "N", "How far the fixed clock moves per API request."),
            ("--seed", "FIXTURE.json", "Create the fixture's databases at start (the JSON format of 'softrlite export')."),
            ("--rate-limits", "cloud", "The cloud's 40 reads and 30 writes a second per token."),
            ("--cors", "ORIGIN", "Let a browser app at ORIGIN (or *) call it."),
        };
        var options = valued.Select(o => new Option<string>(o.Name) { Description = o.Description, HelpName = o.HelpName }).ToList();
        var tokens = new Option<string[]>("--token")
        {
            Description = "An access token, SECRET[:ACCESS] (ACCESS: FULL, EDIT_DATA or VIEW_ONLY; default FULL); repeatable.",
            HelpName = "SECRET[:ACCESS]",
            AllowMultipleArgumentsPerToken = false,
        };
        var inMemory = new Option<bool>("--in-memory") { Description = "Keep the data in memory (the default)." };
        var quiet = new Option<bool>("--quiet") { Description = "No line per request." };

        var command = new Command("serve", "Answer the Softr Database API over HTTP on loopback (an emulator for tests). Stops on SIGINT or SIGTERM, finishing the requests in flight.");
        options.ForEach(command.Options.Add);
        command.Options.Add(tokens);
        command.Options.Add(inMemory);
        command.Options.Add(quiet);
        command.SetAction(parsed =>
        {
            var args = new List<string>();
            foreach (var option in options)
            {
                if (parsed.GetValue(option) is { } value)
                {
                    args.AddRange([option.Name, value]);
                }
            }

            foreach (var token in parsed.GetValue(tokens) ?? [])
            {
                args.AddRange([tokens.Name, token]);
            }

            if (parsed.GetValue(inMemory))
            {
                args.Add(inMemory.Name);
            }

            if (parsed.GetValue(quiet))
            {
                args.Add(quiet.Name);
            }

            return Run(context, args);
        });
        return command;
    }

    private static int Run(CliContext context, List<string> args)
    {
        var problem = ServeArguments.TryParse(args, context.WorkingDirectory, out var serverOptions, out var seedPath, out var quiet);
        if (problem is not null)
        {
            throw new CliUsageException(problem + ".");
        }

        var (signalled, registrations) = ServeCommand.WaitForSignal();
        using (registrations)
        {
            return new ServeCommand(context.Output, context.Error).RunAsync(serverOptions, seedPath, quiet, signalled).GetAwaiter().GetResult();
        }
    }
}
