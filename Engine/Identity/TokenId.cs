namespace SoftrLite;

/// <summary>The ID of a access token (14 letters and digits).</summary>
/// <param name="Value">The ID as the API shows it.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Identity.IdJsonConverter<TokenId>))]
public readonly record struct TokenId(string Value) : Identity.IStringId<TokenId>
{
    static TokenId Identity.IStringId<TokenId>.From(string value) => new(value);

    /// <summary>Returns the ID as the API shows it.</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Wraps a string as a access token ID.</summary>
    public static implicit operator TokenId(string value) => new(value);
}
