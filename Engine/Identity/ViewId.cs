namespace SoftrLite;

/// <summary>The ID of a view (14 letters and digits).</summary>
/// <param name="Value">The ID as the API shows it.</param>
public readonly record struct ViewId(string Value)
{
    /// <summary>Returns the ID as the API shows it.</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Wraps a string as a view ID.</summary>
    public static implicit operator ViewId(string value) => new(value);
}
