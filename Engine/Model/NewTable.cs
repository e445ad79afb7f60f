namespace SoftrLite;

/// <summary>A table to create.</summary>
/// <param name="Name">Its name; trimmed, 1 to 255 characters.</param>
public sealed record NewTable(string Name)
{
    /// <summary>An optional description.</summary>
    public string? Description { get; init; }

    /// <summary>
    /// The primary field's name: a listed field of that name, else a new SINGLE_LINE_TEXT field.
    /// Without it the first listed field is primary; with no fields at all a SINGLE_LINE_TEXT "Name" is made.
    /// </summary>
    public string? PrimaryFieldName { get; init; }

    /// <summary>The fields to create, in order.</summary>
    public IReadOnlyList<NewField> Fields { get; init; } = [];
}
