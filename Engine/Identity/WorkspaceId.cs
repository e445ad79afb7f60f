namespace SoftrLite;

/// <summary>The ID of a workspace (a UUID).</summary>
/// <param name="Value">The ID as the API shows it.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Identity.IdJsonConverter<WorkspaceId>))]
public readonly record struct WorkspaceId(string Value) : Identity.IStringId<WorkspaceId>
{
    static WorkspaceId Identity.IStringId<WorkspaceId>.From(string value) => new(value);

    /// <summary>Returns the ID as the API shows it.</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Wraps a string as a workspace ID.</summary>
    public static implicit operator WorkspaceId(string value) => new(value);
}
