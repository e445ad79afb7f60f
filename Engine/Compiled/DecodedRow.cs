namespace SoftrLite.Compiled;

/// <summary>
/// A row read from a data table: its row key and its record, decoded but for its links (which
/// <see cref="RecordCodec.Finish"/> adds to <see cref="Values"/>, the record's fields).
/// </summary>
internal readonly record struct DecodedRow(long RowKey, Record Record, FieldValues Values);
