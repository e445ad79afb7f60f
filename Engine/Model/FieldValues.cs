using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace SoftrLite;

/// <summary>
/// A record's values in one slot per field of its table (table order), the form <see cref="Record.Fields"/> takes
/// for the records the engine reads: an array beside the table's shared <see cref="FieldKeys"/>, not a dictionary per
/// record. Empty slots are not there as keys. Filled while a row is decoded, then only read.
/// </summary>
internal sealed class FieldValues : IReadOnlyDictionary<FieldId, object>
{
    private readonly FieldKeys _keys;
    private readonly object?[] _values;

    public FieldValues(FieldKeys keys)
    {
        _keys = keys;
        _values = new object?[keys.Count];
    }

    public int Count { get; private set; }

    public IEnumerable<FieldId> Keys => this.Select(pair => pair.Key);

    public IEnumerable<object> Values => this.Select(pair => pair.Value);

    public object this[FieldId key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The record has no value for field '{key}'.");

    /// <summary>Sets the value of the field in <paramref name="slot"/>; <see langword="null"/> empties it.</summary>
    public void Set(int slot, object? value)
    {
        Count += (value is null ? 0 : 1) - (_values[slot] is null ? 0 : 1);
        _values[slot] = value;
    }

    public bool ContainsKey(FieldId key) => TryGetValue(key, out _);

    public bool TryGetValue(FieldId key, [MaybeNullWhen(false)] out object value)
    {
        value = _keys.TrySlot(key, out var slot) ? _values[slot] : null;
        return value is not null;
    }

    public IEnumerator<KeyValuePair<FieldId, object>> GetEnumerator()
    {
        for (var slot = 0; slot < _values.Length; slot++)
        {
            if (_values[slot] is { } value)
            {
                yield return new KeyValuePair<FieldId, object>(_keys.IdAt(slot), value);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
