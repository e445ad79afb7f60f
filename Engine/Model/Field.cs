using System.Text.Json;

namespace SoftrLite;

/// <summary>A field (column) of a table.</summary>
/// <param name="Id">The field's ID, unique within its table.</param>
/// <param name="TableId">The table it belongs to.</param>
/// <param name="Name">Its name (not necessarily unique).</param>
/// <param name="Description">Its description, if any.</param>
/// <param name="Type">Its type name, e.g. <c>NUMBER</c>; see <see cref="FieldTypeNames"/>.</param>
/// <param name="Options">Its type-specific options, normalized, as a JSON object.</param>
/// <param name="AllowMultipleEntries">Whether it holds several values (multi-select, several links or files).</param>
/// <param name="ReadOnly">Whether it is computed or filled by the engine.</param>
/// <param name="Required">Whether a record must give it a value.</param>
/// <param name="Locked">Whether it is locked against edits in the UI (stored, not enforced).</param>
/// <param name="DefaultValue">The value a new record gets when none is given.</param>
/// <param name="AiOptions">AI auto-fill settings, stored as given; <see langword="null"/> when not configured.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record Field(
    FieldId Id,
    TableId TableId,
    string Name,
    string? Description,
    string Type,
    JsonElement Options,
    bool AllowMultipleEntries,
    bool ReadOnly,
    bool Required,
    bool Locked,
    string? DefaultValue,
    JsonElement? AiOptions,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>Whether the field's column is indexed (<see cref="FieldOperations.AddIndex"/>); not part of the API's JSON.</summary>
    public bool Indexed { get; init; }
}
