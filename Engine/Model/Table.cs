namespace SoftrLite;

/// <summary>A table with its fields, in display order.</summary>
/// <param name="Id">The table's ID.</param>
/// <param name="DatabaseId">The database it belongs to.</param>
/// <param name="Name">Its name.</param>
/// <param name="Description">Its description, if any.</param>
/// <param name="PrimaryFieldId">The field whose value is a record's label.</param>
/// <param name="DefaultViewId">The view made with the table.</param>
/// <param name="Fields">Its fields, in order.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it or one of its fields last changed.</param>
public sealed record Table(
    TableId Id,
    DatabaseId DatabaseId,
    string Name,
    string? Description,
    FieldId PrimaryFieldId,
    ViewId DefaultViewId,
    IReadOnlyList<Field> Fields,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
