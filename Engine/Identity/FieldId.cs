namespace SoftrLite;

/// <summary>The ID of a field (5 letters and digits, unique within its table).</summary>
/// <param name="Value">The ID as the API shows it.</param>
public readonly record struct FieldId(string Value)
{
    /// <summary>Returns the ID as the API shows it.</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Wraps a string as a field ID.</summary>
    public static implicit operator FieldId(string value) => new(value);
}
