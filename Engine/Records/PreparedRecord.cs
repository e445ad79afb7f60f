using SoftrLite.Compiled;

namespace SoftrLite.Records;

/// <summary>A record's validated values, ready to write: one slot per stored column, and link targets per link field.</summary>
internal sealed class PreparedRecord(int storedCount, int fieldCount)
{
    public StoredValue[] Columns { get; } = new StoredValue[storedCount];

    /// <summary>Which fields the request named, by field index.</summary>
    public bool[] Given { get; } = new bool[fieldCount];

    public List<(FieldModel Field, List<long> Targets)> Links { get; } = [];

    public void SetLinks(FieldModel field, List<long> targets)
    {
        Links.RemoveAll(l => l.Field == field);
        Links.Add((field, targets));
    }

    public bool IsEmpty(FieldModel field) => field.Link is not null
        ? !Links.Exists(l => l.Field == field && l.Targets.Count > 0)
        : field.StoredIndex < 0 || Columns[field.StoredIndex].IsEmpty;
}
