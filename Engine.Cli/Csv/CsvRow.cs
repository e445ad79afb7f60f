namespace SoftrLite.Cli.Csv;

/// <summary>One record of a CSV file: its cells and the line it starts on (1 for the header).</summary>
/// <param name="Line">The line number where the record starts; a quoted cell may span several lines.</param>
/// <param name="Cells">The cells, unquoted.</param>
public sealed record CsvRow(int Line, string[] Cells);
