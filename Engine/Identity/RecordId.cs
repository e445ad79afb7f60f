namespace SoftrLite;

/// <summary>The ID of a record (14 letters and digits).</summary>
/// <param name="Value">The ID as the API shows it.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Identity.IdJsonConverter<RecordId>))]
public readonly record struct RecordId(string Value) : Identity.IStringId<RecordId>
{
    static RecordId Identity.IStringId<RecordId>.From(string value) => new(value);

    /// <summary>Returns the ID as the API shows it.</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Wraps a string as a record ID.</summary>
    public static implicit operator RecordId(string value) => new(value);
}
