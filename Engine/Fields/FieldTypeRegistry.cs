using System.Collections.Frozen;
using SoftrLite.Fields.Types;

namespace SoftrLite;

/// <summary>An immutable set of field types, found by name. Extend it with <see cref="With"/>.</summary>
public sealed class FieldTypeRegistry
{
    private readonly FrozenDictionary<string, FieldType> _types;

    private FieldTypeRegistry(IEnumerable<FieldType> types) =>
        _types = types.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>The 26 types of the cloud API's enum, plus COUNT.</summary>
    public static FieldTypeRegistry BuiltIn { get; } = new(BuiltInFieldTypes.All());

    /// <summary>Every registered type.</summary>
    public IReadOnlyCollection<FieldType> All => _types.Values;

    /// <summary>Returns a registry with <paramref name="type"/> added, replacing a type of the same name.</summary>
    public FieldTypeRegistry With(FieldType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return new FieldTypeRegistry(_types.Values.Where(t => t.Name != type.Name).Append(type));
    }

    /// <summary>Finds a type by its exact name.</summary>
    public bool TryGet(string name, out FieldType type) => _types.TryGetValue(name, out type!);
}
