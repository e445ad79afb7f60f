namespace SoftrLite.Cli.Import;

/// <summary>
/// What an import file holds: its columns (field names), its rows, and for a fixture the definitions of its fields
/// (used by <c>--create</c> instead of inferring types).
/// </summary>
/// <param name="Columns">The field names, in file order.</param>
/// <param name="Rows">The rows, in file order.</param>
/// <param name="RowWord">How a row's position is named in the report: <c>line</c> (CSV) or <c>record</c> (JSON).</param>
/// <param name="Definitions">A fixture's field definitions by name; empty for CSV and plain JSON.</param>
/// <param name="Refused">Rows the file itself made unreadable (a CSV record with a wrong number of cells).</param>
public sealed record ImportSource(
    IReadOnlyList<string> Columns,
    IReadOnlyList<ImportRow> Rows,
    string RowWord,
    IReadOnlyDictionary<string, NewField> Definitions,
    IReadOnlyList<RefusedRow> Refused)
{
    /// <summary>
    /// A fixture's columns that read other tables (links, lookups, rollups, counts, formulas): imported into a field
    /// of that name when the table has one, but never created by <c>--create</c>, since their values name records of
    /// another database.
    /// </summary>
    public IReadOnlySet<string> NotCreated { get; init; } = new HashSet<string>();
}
