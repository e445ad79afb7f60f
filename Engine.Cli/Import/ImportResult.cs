namespace SoftrLite.Cli.Import;

/// <summary>What an import did.</summary>
/// <param name="Imported">How many rows became records.</param>
/// <param name="Refused">The rows that did not, in file order, each with its error.</param>
/// <param name="IgnoredColumns">Columns not written: read-only fields (computed, or filled by the engine), and a fixture's links to tables that are not there.</param>
public sealed record ImportResult(int Imported, IReadOnlyList<RefusedRow> Refused, IReadOnlyList<string> IgnoredColumns);
