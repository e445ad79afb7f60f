namespace SoftrLite.Cli.Import;

/// <summary>A row the import did not write, and why.</summary>
/// <param name="Line">Its CSV line, or its JSON record's position.</param>
/// <param name="Code">The error's wire name (e.g. <c>VALIDATION_ERROR</c>), or <c>BAD_ROW</c> for a row the file itself garbles.</param>
/// <param name="Message">The engine's message (it names the field and the value).</param>
public sealed record RefusedRow(int Line, string Code, string Message);
