namespace SoftrLite.Cli;

/// <summary><c>softrlite demo</c>: opens a data directory, makes sure the demo database exists, prints every schema.</summary>
/// <param name="output">Where the report goes.</param>
/// <param name="error">Where a failure is reported.</param>
public sealed class DemoCommand(TextWriter output, TextWriter error)
{
    /// <summary>
    /// Runs the command on <paramref name="dataDirectory"/> (created when missing) and returns the exit code. The sample
    /// is made only where it is missing, and never beside databases of the user's unless <paramref name="alongside"/>.
    /// </summary>
    public int Run(string dataDirectory, bool alongside = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        try
        {
            using var engine = SoftrEngine.Open(dataDirectory);
            var others = engine.Databases.List(Paging.Default).Total;
            if (DemoCrm.Find(engine) is null && others > 0 && !alongside)
            {
                error.WriteLine($"softrlite: {dataDirectory} already holds {others} database(s); the demo is not added beside them.");
                error.WriteLine("Pass --alongside to add it anyway, or --data <dir> to use another directory.");
                return ExitCodes.Failure;
            }

            var (database, outcome) = DemoCrm.Ensure(engine);
            var verb = outcome == DemoOutcome.Created ? "created" : "reopened";
            output.WriteLine($"Data directory: {dataDirectory}");
            output.WriteLine($"Database \"{database.Name}\" ({database.Id}): {verb}.");
            output.WriteLine();
            new SchemaPrinter(output).WriteAll(engine);
            return ExitCodes.Success;
        }
        catch (SoftrException exception)
        {
            error.WriteLine($"softrlite: {exception.Code.ToWireName()}: {exception.Message}");
            return ExitCodes.Failure;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"softrlite: cannot use '{dataDirectory}': {exception.Message}");
            return ExitCodes.Failure;
        }
    }
}
