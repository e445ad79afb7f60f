namespace SoftrLite.Cli;

/// <summary><c>softrlite check</c>: checks every database of a data directory and names each problem found.</summary>
/// <param name="output">Where the report goes.</param>
/// <param name="error">Where problems and failures go.</param>
public sealed class CheckCommand(TextWriter output, TextWriter error)
{
    /// <summary>Runs the check on <paramref name="dataDirectory"/>; 0 when every database is healthy, 1 otherwise.</summary>
    public int Run(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        if (!Directory.Exists(dataDirectory))
        {
            error.WriteLine($"softrlite: no data directory at {dataDirectory}.");
            return ExitCodes.Failure;
        }

        try
        {
            using var engine = SoftrEngine.Open(dataDirectory);
            var healthy = true;
            foreach (var database in Paging.ReadAll(p => engine.Databases.List(p)))
            {
                healthy &= Report(engine, database);
            }

            return healthy ? ExitCodes.Success : ExitCodes.Failure;
        }
        catch (SoftrException exception)
        {
            error.WriteLine($"softrlite: {exception.Code.ToWireName()}: {exception.Message}");
            return ExitCodes.Failure;
        }
    }

    private bool Report(SoftrEngine engine, Database database)
    {
        try
        {
            var health = engine.Databases.Check(database.Id);
            if (health.IsHealthy)
            {
                output.WriteLine($"ok       \"{database.Name}\" ({database.Id})");
                return true;
            }

            output.WriteLine($"PROBLEMS \"{database.Name}\" ({database.Id}): {health.Problems.Count}");
            foreach (var problem in health.Problems)
            {
                error.WriteLine($"  {database.Name}: {problem}");
            }

            return false;
        }
        catch (SoftrException exception)
        {
            output.WriteLine($"FAILED   \"{database.Name}\" ({database.Id})");
            error.WriteLine($"  {database.Name}: {exception.Code.ToWireName()}: {exception.Message}");
            return false;
        }
    }
}
