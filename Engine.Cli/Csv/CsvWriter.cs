using System.Text;

namespace SoftrLite.Cli.Csv;

/// <summary>
/// Writes CSV (RFC 4180): a cell is quoted only when it holds a comma, a quote, a line break or surrounding spaces.
/// Rows are gathered and handed to the writer in blocks of about 64 KB, because the console's writer flushes on every
/// call; call <see cref="Flush"/> after the last row.
/// </summary>
/// <param name="writer">Where the text goes; not disposed here.</param>
public sealed class CsvWriter(TextWriter writer)
{
    private const int BlockSize = 64 * 1024;
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create(",\"\r\n");
    private readonly StringBuilder _block = new(BlockSize + 1024);

    /// <summary>Writes one record and a line end (LF).</summary>
    public void WriteRow(IReadOnlyList<string> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                _block.Append(',');
            }

            WriteCell(cells[i]);
        }

        _block.Append('\n');
        if (_block.Length >= BlockSize)
        {
            Flush();
        }
    }

    /// <summary>Hands the gathered rows to the writer.</summary>
    public void Flush()
    {
        foreach (var chunk in _block.GetChunks())
        {
            writer.Write(chunk.Span);
        }

        _block.Clear();
        writer.Flush();
    }

    private void WriteCell(string cell)
    {
        var needsQuotes = cell.AsSpan().IndexOfAny(Special) >= 0 || (cell.Length > 0 && (cell[0] == ' ' || cell[^1] == ' '));
        if (!needsQuotes)
        {
            _block.Append(cell);
            return;
        }

        _block.Append('"');
        _block.Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal));
        _block.Append('"');
    }
}
