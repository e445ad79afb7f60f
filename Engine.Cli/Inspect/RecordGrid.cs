using SoftrLite.Cli.Csv;
using Spectre.Console;

namespace SoftrLite.Cli.Inspect;

/// <summary>Records as a Spectre.Console table: the record ID, then one column per field, named after it.</summary>
public static class RecordGrid
{
    /// <summary>Longest cell shown; longer values are cut with an ellipsis.</summary>
    public const int MaxCell = 40;

    /// <summary>A table of <paramref name="records"/> with a column per field of <paramref name="table"/>.</summary>
    public static Spectre.Console.Table Of(SoftrLite.Table table, IEnumerable<Record> records)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(records);
        var grid = new Spectre.Console.Table().Border(TableBorder.Rounded);
        grid.AddColumn(new TableColumn("id").NoWrap());
        foreach (var field in table.Fields)
        {
            grid.AddColumn(new TableColumn(Markup.Escape(field.Name)));
        }

        foreach (var record in records)
        {
            var cells = new List<string> { record.Id.Value };
            cells.AddRange(table.Fields.Select(f => Cut(CellFormatter.Format(record.Fields.GetValueOrDefault(f.Id)))));
            grid.AddRow(cells.Select(c => new Text(c)).ToArray());
        }

        return grid;
    }

    private static string Cut(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= MaxCell ? line : line[..(MaxCell - 1)] + "…";
    }
}
