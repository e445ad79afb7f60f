using SoftrLite.Fields;

namespace SoftrLite.Storage;

/// <summary>
/// The rows of one query of Storage, read forward one at a time, by ordinal: what <see cref="StoredRow"/> reads record
/// rows through. A provider's reader stands behind it (<see cref="ReaderCursor"/>), or on SQLite the statement handle
/// itself (<see cref="SqliteRows"/>). Disposing it ends the query; its command can then run again.
/// </summary>
internal abstract class RowCursor : IDisposable
{
    /// <summary>Moves to the next row; <see langword="false"/> past the last.</summary>
    public abstract bool Read();

    /// <summary>Whether the current row's column holds NULL.</summary>
    public abstract bool IsNull(int ordinal);

    /// <summary>A text column's value (not NULL).</summary>
    public abstract string Text(int ordinal);

    /// <summary>An integer column's value (not NULL).</summary>
    public abstract long Integer(int ordinal);

    /// <summary>A real column's value (not NULL).</summary>
    public abstract double Real(int ordinal);

    /// <summary>A column's value by the type the database gives it (see <see cref="RecordStore.ReadValue"/>).</summary>
    public abstract StoredValue Value(int ordinal);

    /// <summary>
    /// A column whose storage is known: typed columns directly; a computed (<see cref="FieldStorage.Any"/>) column by the
    /// type the database gives its value.
    /// </summary>
    public StoredValue Read(int ordinal, FieldStorage storage)
    {
        if (IsNull(ordinal))
        {
            return StoredValue.Empty;
        }

        return storage switch
        {
            FieldStorage.Text => StoredValue.FromText(Text(ordinal)),
            FieldStorage.Integer => StoredValue.FromInteger(Integer(ordinal)),
            FieldStorage.Real => StoredValue.FromReal(Real(ordinal)),
            _ => Value(ordinal),
        };
    }

    public abstract void Dispose();
}
