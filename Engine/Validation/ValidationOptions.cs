namespace SoftrLite;

/// <summary>What the standalone validators need to know that an engine would otherwise supply.</summary>
public sealed record ValidationOptions
{
    /// <summary>The defaults: the built-in types, UTC, no collaborators.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>The field types; <see cref="FieldTypeRegistry.BuiltIn"/> unless you registered your own.</summary>
    public FieldTypeRegistry FieldTypes { get; init; } = FieldTypeRegistry.BuiltIn;

    /// <summary>The zone of date-times written without an offset (as <see cref="SoftrEngineOptions.TimeZone"/>).</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>The workspace's collaborators, which USER values must name.</summary>
    public IReadOnlyList<Collaborator> Collaborators { get; init; } = [];

    /// <summary>The seed of the IDs given to select choices that a definition does not name (deterministic by default).</summary>
    public int IdSeed { get; init; }
}
