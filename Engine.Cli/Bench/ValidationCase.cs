using System.Text.Json;

namespace SoftrLite.Cli.Bench;

/// <summary>One field type of <c>softrlite bench validation</c>: the field's definition and valid values for it.</summary>
/// <param name="Name">The row's name in the summary.</param>
/// <param name="Field">The field the values are validated against.</param>
/// <param name="Values">Valid values, as JSON (as the API receives them).</param>
public sealed record ValidationCase(string Name, NewField Field, JsonElement[] Values);
