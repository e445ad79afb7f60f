namespace SoftrLite.Cli.Import;

/// <summary>One row of an import file: where it is, and one value per column (a CSV cell's text, or a JSON value).</summary>
/// <param name="Line">The CSV line it starts on, or the JSON record's position (from 1).</param>
/// <param name="Values">One value per column of the <see cref="ImportSource"/>: a string, a JsonElement, or null when absent.</param>
public sealed record ImportRow(int Line, object?[] Values);
