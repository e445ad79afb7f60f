namespace SoftrLite;

/// <summary>The ID of a database (a UUID).</summary>
/// <param name="Value">The ID as the API shows it.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Identity.IdJsonConverter<DatabaseId>))]
public readonly record struct DatabaseId(string Value) : Identity.IStringId<DatabaseId>
{
    static DatabaseId Identity.IStringId<DatabaseId>.From(string value) => new(value);

    /// <summary>Returns the ID as the API shows it.</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Wraps a string as a database ID.</summary>
    public static implicit operator DatabaseId(string value) => new(value);
}
