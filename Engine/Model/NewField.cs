using System.Text.Json;

namespace SoftrLite;

/// <summary>A field to add to a table.</summary>
/// <param name="Name">Its name; trimmed, 1 to 255 characters.</param>
/// <param name="Type">Its type name, e.g. <see cref="FieldTypeNames.Number"/>.</param>
public sealed record NewField(string Name, string Type)
{
    /// <summary>Type-specific options as a JSON object; see <c>field-types.md</c>.</summary>
    public JsonElement? Options { get; init; }

    /// <summary>An optional description.</summary>
    public string? Description { get; init; }

    /// <summary>Whether it holds several values; only SELECT, LINKED_RECORD, ATTACHMENT and USER may.</summary>
    public bool? AllowMultipleEntries { get; init; }

    /// <summary>Whether a record must give it a value.</summary>
    public bool Required { get; init; }

    /// <summary>Whether it is locked against edits in the UI (stored, not enforced).</summary>
    public bool Locked { get; init; }

    /// <summary>The value a new record gets when none is given.</summary>
    public string? DefaultValue { get; init; }

    /// <summary>AI auto-fill settings, stored as given.</summary>
    public JsonElement? AiOptions { get; init; }
}
