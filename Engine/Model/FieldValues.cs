namespace SoftrLite;

/// <summary>
/// A record's values while its row is decoded: one slot per field of its table (table order), beside the table's shared
/// <see cref="FieldKeys"/>. A <see cref="Record"/> made from it keeps the slots themselves, not a dictionary; its
/// <see cref="Record.Fields"/> is a view over them (<see cref="RecordFields"/>), made only when asked for.
/// </summary>
internal readonly struct FieldValues(FieldKeys keys)
{
    /// <summary>The table's fields, to resolve IDs to slots.</summary>
    public FieldKeys Keys { get; } = keys;

    /// <summary>The values by slot; <see langword="null"/> is an empty field.</summary>
    public object?[] Slots { get; } = new object?[keys.Count];

    /// <summary>Sets the value of the field in <paramref name="slot"/>; <see langword="null"/> empties it.</summary>
    public void Set(int slot, object? value) => Slots[slot] = value;
}
