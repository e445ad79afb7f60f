using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace SoftrLite.Cli.Inspect;

/// <summary>Databases → tables (with record counts) → fields (with types and options), as a Spectre.Console tree.</summary>
/// <param name="engine">The engine to read from.</param>
public sealed class SchemaTree(SoftrEngine engine)
{
    private static readonly Style Name = new(decoration: Decoration.Bold);
    private static readonly Style Quiet = new(Color.Grey);

    /// <summary>A tree of the given databases (every table of each).</summary>
    public Tree Of(string title, IReadOnlyList<Database> databases)
    {
        ArgumentNullException.ThrowIfNull(databases);
        var tree = new Tree(Line((title, Name), ($"  {Plural(databases.Count, "database")}", Quiet)));
        foreach (var database in databases)
        {
            var tables = Paging.ReadAll(p => engine.Tables.List(database.Id, p));
            var node = tree.AddNode(Line((database.Name, Name), ($"  {database.Id}  {Plural(tables.Count, "table")}", Quiet)));
            foreach (var table in tables)
            {
                AddTable(node, database, table, tables);
            }
        }

        return tree;
    }

    /// <summary>A tree of one table: its database, its fields and its record count.</summary>
    public Tree Of(Database database, Table table)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(table);
        var tree = new Tree(Line((database.Name, Name), ($"  {database.Id}", Quiet)));
        AddTable(tree, database, table, Paging.ReadAll(p => engine.Tables.List(database.Id, p)));
        return tree;
    }

    private void AddTable(IHasTreeNodes parent, Database database, Table table, IReadOnlyList<Table> tables)
    {
        var count = engine.Records.List(database.Id, table.Id, new Paging(0, 0)).Total;
        var node = parent.AddNode(Line((table.Name, Name), ($"  {table.Id}  {Plural(count, "record")}, {Plural(table.Fields.Count, "field")}", Quiet)));
        var names = tables.ToDictionary(t => t.Id.Value, t => t.Name);
        foreach (var field in table.Fields)
        {
            var type = field.AllowMultipleEntries ? field.Type + " (multiple)" : field.Type;
            var notes = new List<string> { type };
            if (field.Id == table.PrimaryFieldId)
            {
                notes.Add("primary");
            }

            if (field.ReadOnly)
            {
                notes.Add("read-only");
            }

            if (field.Required)
            {
                notes.Add("required");
            }

            var options = OptionsSummary.Of(field.Options, names);
            node.AddNode(Line((field.Name, Style.Plain), ($"  {string.Join(", ", notes)}  {field.Id}" + (options == "-" ? string.Empty : "  " + options), Quiet)));
        }
    }

    private static IRenderable Line(params (string Text, Style Style)[] parts)
    {
        var paragraph = new Paragraph();
        foreach (var (text, style) in parts)
        {
            paragraph.Append(text, style);
        }

        return paragraph;
    }

    private static string Plural(long count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
