namespace SoftrLite.Cli;

/// <summary>Writes database schemas as readable text: each database, its tables and an aligned table of their fields.</summary>
/// <param name="output">Where the text goes.</param>
public sealed class SchemaPrinter(TextWriter output)
{
    /// <summary>Writes every database of every workspace, in creation order.</summary>
    public void WriteAll(SoftrEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var workspaces = engine.Workspaces.List().ToDictionary(w => w.Id, w => w.Name);
        var databases = Paging.ReadAll(p => engine.Databases.List(p));
        if (databases.Count == 0)
        {
            output.WriteLine("No databases.");
            return;
        }

        foreach (var database in databases)
        {
            var workspace = workspaces.TryGetValue(database.WorkspaceId, out var name) ? name : database.WorkspaceId.ToString();
            WriteDatabase(database, workspace, Paging.ReadAll(p => engine.Tables.List(database.Id, p)));
        }
    }

    /// <summary>Writes one database with its tables.</summary>
    /// <param name="database">The database.</param>
    /// <param name="workspaceName">The name of its workspace.</param>
    /// <param name="tables">Its tables, each with its fields.</param>
    public void WriteDatabase(Database database, string workspaceName, IReadOnlyList<Table> tables)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(tables);
        output.WriteLine($"Database \"{database.Name}\"  id {database.Id}  workspace \"{workspaceName}\"  {Plural(tables.Count, "table")}");
        if (database.Description is { } description)
        {
            output.WriteLine($"  {description}");
        }

        var tableNames = tables.ToDictionary(t => t.Id.Value, t => t.Name);
        foreach (var table in tables)
        {
            output.WriteLine();
            WriteTable(table, tableNames);
        }

        output.WriteLine();
    }

    private void WriteTable(Table table, IReadOnlyDictionary<string, string> tableNames)
    {
        var primary = table.Fields.FirstOrDefault(f => f.Id == table.PrimaryFieldId);
        var primaryText = primary is null ? table.PrimaryFieldId.ToString() : $"{primary.Name} ({primary.Id})";
        output.WriteLine($"  Table \"{table.Name}\"  id {table.Id}  primary field {primaryText}  {Plural(table.Fields.Count, "field")}");
        var fields = new TextTable("Field", "Id", "Type", "Read-only", "Options");
        foreach (var field in table.Fields)
        {
            var type = field.AllowMultipleEntries ? field.Type + " (multiple)" : field.Type;
            fields.AddRow(field.Name, field.Id.ToString(), type, field.ReadOnly ? "yes" : "no", OptionsSummary.Of(field.Options, tableNames));
        }

        fields.Write(output, "    ");
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
