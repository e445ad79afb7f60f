namespace SoftrLite.Benchmarks.Storage;

/// <summary>A <c>_fields</c> row read by a baseline.</summary>
internal sealed record RawFieldRow(
    long Num,
    long TableNum,
    string Id,
    long Position,
    string Name,
    string? Description,
    string Type,
    string Options,
    bool AllowMultiple,
    bool ReadOnly,
    bool Required,
    bool Locked,
    string? DefaultValue,
    string? AiOptions,
    long CreatedAt,
    long UpdatedAt);
