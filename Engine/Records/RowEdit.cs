using System.Runtime.InteropServices;
using SoftrLite.Fields;
using SoftrLite.Storage;

namespace SoftrLite.Records;

/// <summary>
/// The edit of one row's stored columns, reused row after row by a write: the columns' numbers, shape indexes, storages
/// and values, and the statement text of the last set of columns (rows of a batch mostly edit the same ones).
/// </summary>
internal sealed class RowEdit
{
    private long[] _textColumns = [];
    private long _textTable;
    private string? _text;

    public List<long> Columns { get; } = [];

    public List<int> Indexes { get; } = [];

    public List<FieldStorage> Storages { get; } = [];

    public List<StoredValue> Values { get; } = [];

    /// <summary>Empties the lists for the next row.</summary>
    public void Clear()
    {
        Columns.Clear();
        Indexes.Clear();
        Storages.Clear();
        Values.Clear();
    }

    /// <summary>The statement of an edit of <see cref="Columns"/> of <paramref name="table"/>: built again only when they differ from the last row's.</summary>
    public string TextFor(long table)
    {
        if (_text is null || _textTable != table || !CollectionsMarshal.AsSpan(Columns).SequenceEqual(_textColumns))
        {
            _textTable = table;
            _textColumns = [.. Columns];
            _text = RecordStore.UpdateText(table, Columns);
        }

        return _text;
    }
}
