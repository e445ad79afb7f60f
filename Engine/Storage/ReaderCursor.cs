using System.Data.Common;

namespace SoftrLite.Storage;

/// <summary>A <see cref="RowCursor"/> over a provider's data reader, which it disposes.</summary>
internal sealed class ReaderCursor(DbDataReader reader) : RowCursor
{
    public override bool Read() => reader.Read();

    public override bool IsNull(int ordinal) => reader.IsDBNull(ordinal);

    public override string Text(int ordinal) => reader.GetString(ordinal);

    public override long Integer(int ordinal) => reader.GetInt64(ordinal);

    public override double Real(int ordinal) => reader.GetDouble(ordinal);

    public override StoredValue Value(int ordinal) => RecordStore.ReadValue(reader, ordinal);

    public override void Dispose() => reader.Dispose();
}
