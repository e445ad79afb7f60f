using SoftrLite.Cli.Csv;

namespace SoftrLite.Cli.Import;

/// <summary>Reads a CSV import file: the header row names the fields; every later record is a row.</summary>
public static class CsvSource
{
    /// <summary>The code of a record whose number of cells differs from the header's.</summary>
    public const string BadRowCode = "BAD_ROW";

    /// <summary>Reads the whole file.</summary>
    /// <exception cref="FormatException">The file has no header, a header cell is empty or repeated, or a quote is not closed.</exception>
    public static ImportSource Read(TextReader text)
    {
        var reader = new CsvReader(text);
        var header = reader.Read() ?? throw new FormatException("The file is empty: the first line must name the fields.");
        var columns = header.Cells.Select(c => c.Trim()).ToArray();
        if (columns.Any(c => c.Length == 0))
        {
            throw new FormatException("The header (line 1) has an empty column name.");
        }

        if (columns.GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw new FormatException($"The header (line 1) names '{repeated.Key}' twice.");
        }

        var rows = new List<ImportRow>();
        var refused = new List<RefusedRow>();
        while (reader.Read() is { } row)
        {
            if (row.Cells is [""])
            {
                continue;
            }

            if (row.Cells.Length != columns.Length)
            {
                refused.Add(new RefusedRow(row.Line, BadRowCode, $"The record has {row.Cells.Length} cells; the header names {columns.Length}."));
                continue;
            }

            rows.Add(new ImportRow(row.Line, row.Cells));
        }

        return new ImportSource(columns, rows, "line", new Dictionary<string, NewField>(), refused);
    }
}
