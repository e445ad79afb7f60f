using System.Text;

namespace SoftrLite.Cli.Csv;

/// <summary>
/// Reads CSV as RFC 4180 describes it: cells separated by commas, records by CRLF or LF, a cell in double quotes may
/// hold commas, quotes (doubled) and line breaks. A UTF-8 byte order mark is skipped. Streams: one record at a time.
/// </summary>
/// <param name="reader">The text; not disposed here.</param>
public sealed class CsvReader(TextReader reader)
{
    private readonly char[] _buffer = new char[64 * 1024];
    private readonly StringBuilder _cell = new();
    private readonly List<string> _cells = [];
    private int _length;
    private int _position;
    private int _line = 1;
    private bool _started;

    /// <summary>Every record, the header included, with the line it starts on.</summary>
    /// <exception cref="FormatException">A quoted cell is not closed, or a quote is followed by something other than a comma or a line end.</exception>
    public IEnumerable<CsvRow> ReadAll()
    {
        while (Read() is { } row)
        {
            yield return row;
        }
    }

    /// <summary>The next record, or <see langword="null"/> at the end.</summary>
    /// <exception cref="FormatException">As <see cref="ReadAll"/>.</exception>
    public CsvRow? Read()
    {
        if (!_started)
        {
            _started = true;
            if (Peek() == '\uFEFF')
            {
                _position++;
            }
        }

        if (Peek() < 0)
        {
            return null;
        }

        var start = _line;
        _cells.Clear();
        while (true)
        {
            var end = ReadCell(start);
            _cells.Add(_cell.ToString());
            _cell.Clear();
            if (end != ',')
            {
                return new CsvRow(start, [.. _cells]);
            }
        }
    }

    // Reads one cell into _cell; returns what ended it: ',' or '\n' (a CR LF, a lone LF or CR, or the end of the text).
    private int ReadCell(int start)
    {
        if (Peek() == '"')
        {
            _position++;
            return ReadQuoted(start);
        }

        while (true)
        {
            if (_position >= _length && !Fill())
            {
                return '\n';
            }

            // Copy the run of ordinary characters at once: most cells hold no special character.
            var span = _buffer.AsSpan(_position, _length - _position);
            var stop = span.IndexOfAny(',', '\n', '\r');
            if (stop < 0)
            {
                _cell.Append(span);
                _position = _length;
                continue;
            }

            _cell.Append(span[..stop]);
            _position += stop + 1;
            var c = span[stop];
            if (c == ',')
            {
                return ',';
            }

            EndLine(c);
            return '\n';
        }
    }

    private int ReadQuoted(int start)
    {
        while (true)
        {
            var c = Next();
            if (c < 0)
            {
                throw new FormatException($"A quoted cell starting on line {start} is not closed.");
            }

            if (c == '"')
            {
                var after = Peek();
                if (after == '"')
                {
                    _position++;
                    _cell.Append('"');
                    continue;
                }

                _position += after >= 0 ? 1 : 0;
                switch (after)
                {
                    case ',':
                        return ',';
                    case < 0:
                        return '\n';
                    case '\n' or '\r':
                        EndLine((char)after);
                        return '\n';
                    default:
                        throw new FormatException($"Line {_line}: a quoted cell is followed by '{(char)after}'; expected a comma or the end of the line.");
                }
            }

            if (c == '\n' || (c == '\r' && Peek() != '\n'))
            {
                _line++;
            }

            _cell.Append((char)c);
        }
    }

    private void EndLine(char c)
    {
        if (c == '\r' && Peek() == '\n')
        {
            _position++;
        }

        _line++;
    }

    private int Peek() => _position < _length || Fill() ? _buffer[_position] : -1;

    private int Next() => _position < _length || Fill() ? _buffer[_position++] : -1;

    private bool Fill()
    {
        _length = reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }
}
