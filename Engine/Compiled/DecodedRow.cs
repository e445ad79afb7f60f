namespace SoftrLite.Compiled;

/// <summary>A row read from a data table, decoded but for its links.</summary>
internal sealed record DecodedRow(long RowKey, RecordId Id, Dictionary<FieldId, object> Values, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
