namespace SoftrLite.Benchmarks.Records;

/// <summary>A <see cref="RecordMix"/> row read by a baseline, decoded as the engine decodes a record's values.</summary>
internal sealed record RawItem(
    long RowKey,
    string Id,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? Name,
    string? Notes,
    string? Email,
    double? Price,
    double? Quantity,
    bool? Done,
    DateOnly? Due,
    SelectChoice? Status,
    string? Website,
    long? Rating);
