using SoftrLite.Errors;

namespace SoftrLite;

/// <summary>
/// Resolves the keys of a table's <c>fields</c>: a field ID first, then an exact field name. Built once per table
/// schema and shared by the record paths and by the <see cref="Record"/>s they return.
/// </summary>
internal sealed class FieldKeys
{
    private readonly Dictionary<string, int> _byId;
    private readonly Dictionary<string, int[]> _byName;
    private readonly IReadOnlyList<Field> _fields;

    public FieldKeys(IReadOnlyList<Field> fields)
    {
        _fields = fields;
        _byId = new Dictionary<string, int>(fields.Count, StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            _byId[fields[i].Id.Value] = i;
        }

        _byName = Enumerable.Range(0, fields.Count)
            .GroupBy(i => fields[i].Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>How many fields the table has (the slots of a <see cref="FieldValues"/>).</summary>
    public int Count => _fields.Count;

    /// <summary>The ID of the field in <paramref name="slot"/> (table order).</summary>
    public FieldId IdAt(int slot) => _fields[slot].Id;

    /// <summary>The slot (table position) of a field ID; <see langword="false"/> for an ID the table does not have.</summary>
    public bool TrySlot(FieldId id, out int slot) => _byId.TryGetValue(id.Value ?? string.Empty, out slot);

    /// <summary>The position of the field a key names.</summary>
    /// <exception cref="SoftrException">
    /// <see cref="ErrorCode.UnknownField"/> for neither an ID nor a name (suggesting a name that differs only in case);
    /// <see cref="ErrorCode.BadRequest"/> for a name several fields share.
    /// </exception>
    public int Resolve(string key)
    {
        if (_byId.TryGetValue(key, out var byId))
        {
            return byId;
        }

        if (_byName.TryGetValue(key, out var byName))
        {
            return byName.Length == 1 ? byName[0] : throw SoftrErrors.AmbiguousFieldName(key);
        }

        var near = _fields.FirstOrDefault(f => string.Equals(f.Name, key, StringComparison.OrdinalIgnoreCase));
        throw SoftrErrors.UnknownFieldKey(key, near?.Name);
    }

    /// <summary>The field a key names.</summary>
    public Field Field(string key) => _fields[Resolve(key)];

    /// <summary>The field a key names without ambiguity; <see langword="false"/> for no field or a shared name.</summary>
    public bool TryFind(string key, out Field field)
    {
        if (_byId.TryGetValue(key, out var i) || (_byName.TryGetValue(key, out var named) && named.Length == 1 && (i = named[0]) >= 0))
        {
            field = _fields[i];
            return true;
        }

        field = null!;
        return false;
    }
}
