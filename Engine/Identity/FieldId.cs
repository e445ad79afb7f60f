namespace SoftrLite;

/// <summary>The ID of a field (5 letters and digits, unique within its table).</summary>
/// <param name="Value">The ID as the API shows it.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Identity.IdJsonConverter<FieldId>))]
public readonly record struct FieldId(string Value) : Identity.IStringId<FieldId>
{
    static FieldId Identity.IStringId<FieldId>.From(string value) => new(value);

    /// <summary>Returns the ID as the API shows it.</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Wraps a string as a field ID.</summary>
    public static implicit operator FieldId(string value) => new(value);
}
