namespace SoftrLite.Benchmarks.Storage;

/// <summary>A <c>_tables</c> row read by a baseline, with the field rows of that table.</summary>
internal sealed record RawTableRow(
    long Num,
    string Id,
    string Name,
    string? Description,
    string PrimaryFieldId,
    string DefaultViewId,
    long CreatedAt,
    long UpdatedAt,
    List<RawFieldRow> Fields);
