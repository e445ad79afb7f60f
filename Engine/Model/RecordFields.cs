using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace SoftrLite;

/// <summary>
/// A record's values by field ID, read from its slots (see <see cref="FieldValues"/>): what <see cref="Record.Fields"/>
/// gives for the records the engine reads. Empty slots are not there as keys.
/// </summary>
internal sealed class RecordFields(FieldKeys keys, object?[] slots) : IReadOnlyDictionary<FieldId, object>
{
    public int Count
    {
        get
        {
            var count = 0;
            foreach (var value in slots)
            {
                count += value is null ? 0 : 1;
            }

            return count;
        }
    }

    public IEnumerable<FieldId> Keys => this.Select(pair => pair.Key);

    public IEnumerable<object> Values => this.Select(pair => pair.Value);

    public object this[FieldId key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The record has no value for field '{key}'.");

    public bool ContainsKey(FieldId key) => TryGetValue(key, out _);

    public bool TryGetValue(FieldId key, [MaybeNullWhen(false)] out object value)
    {
        value = keys.TrySlot(key, out var slot) ? slots[slot] : null;
        return value is not null;
    }

    public IEnumerator<KeyValuePair<FieldId, object>> GetEnumerator()
    {
        for (var slot = 0; slot < slots.Length; slot++)
        {
            if (slots[slot] is { } value)
            {
                yield return new KeyValuePair<FieldId, object>(keys.IdAt(slot), value);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
