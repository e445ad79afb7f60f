namespace SoftrLite.Cli;

/// <summary>A plain-text table: a header, a dashed rule and rows, each column padded to its widest cell.</summary>
public sealed class TextTable
{
    private const string Gap = "  ";
    private readonly string[] _headers;
    private readonly List<string[]> _rows = [];

    /// <summary>Starts a table with these column headers.</summary>
    public TextTable(params string[] headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentOutOfRangeException.ThrowIfZero(headers.Length);
        _headers = headers;
    }

    /// <summary>Adds a row; it must have one cell per column.</summary>
    public void AddRow(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException($"Expected {_headers.Length} cells; got {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
    }

    /// <summary>Writes the table, every line starting with <paramref name="indent"/>; lines carry no trailing spaces.</summary>
    public void Write(TextWriter writer, string indent = "")
    {
        ArgumentNullException.ThrowIfNull(writer);
        var widths = new int[_headers.Length];
        foreach (var row in _rows.Prepend(_headers))
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        WriteLine(writer, indent, _headers, widths);
        WriteLine(writer, indent, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in _rows)
        {
            WriteLine(writer, indent, row, widths);
        }
    }

    private static void WriteLine(TextWriter writer, string indent, string[] cells, int[] widths)
    {
        var padded = cells.Select((cell, i) => i == cells.Length - 1 ? cell : cell.PadRight(widths[i]));
        writer.WriteLine((indent + string.Join(Gap, padded)).TrimEnd());
    }
}
