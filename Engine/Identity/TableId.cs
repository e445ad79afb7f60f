namespace SoftrLite;

/// <summary>The ID of a table (14 letters and digits).</summary>
/// <param name="Value">The ID as the API shows it.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Identity.IdJsonConverter<TableId>))]
public readonly record struct TableId(string Value) : Identity.IStringId<TableId>
{
    static TableId Identity.IStringId<TableId>.From(string value) => new(value);

    /// <summary>Returns the ID as the API shows it.</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Wraps a string as a table ID.</summary>
    public static implicit operator TableId(string value) => new(value);
}
