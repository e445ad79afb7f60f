namespace SoftrLite;

/// <summary>
/// Names the field a property maps to in <see cref="Record.ToObject{T}"/> and <see cref="RecordValues.From{T}"/>,
/// when it differs from the property's name, or leaves the property out of both with <see cref="Ignore"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class SoftrFieldAttribute : Attribute
{
    /// <summary>Maps the property to the field of this name (or ID).</summary>
    /// <param name="name">The field's exact name, or its ID.</param>
    public SoftrFieldAttribute(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>Leaves the property out of the mapping (set <see cref="Ignore"/>).</summary>
    public SoftrFieldAttribute()
    {
    }

    /// <summary>The field's name or ID; <see langword="null"/> for the property's own name.</summary>
    public string? Name { get; }

    /// <summary>Whether the property is left out of reads and writes.</summary>
    public bool Ignore { get; init; }
}
