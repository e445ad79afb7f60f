using System.Text.Json;

namespace SoftrLite;

/// <summary>Changes to a field; a <see langword="null"/> property is left as it is.</summary>
public sealed record FieldChanges
{
    /// <summary>A new name.</summary>
    public string? Name { get; init; }

    /// <summary>A new description; an empty string clears it.</summary>
    public string? Description { get; init; }

    /// <summary>The type; anything but the current type is refused, because a field's type never changes.</summary>
    public string? Type { get; init; }

    /// <summary>Options to change; the keys given replace the current ones, the others stay.</summary>
    public JsonElement? Options { get; init; }

    /// <summary>A new multiple-entries setting.</summary>
    public bool? AllowMultipleEntries { get; init; }

    /// <summary>A new required flag.</summary>
    public bool? Required { get; init; }

    /// <summary>A new locked flag.</summary>
    public bool? Locked { get; init; }

    /// <summary>A new default value; an empty string clears it.</summary>
    public string? DefaultValue { get; init; }

    /// <summary>New AI auto-fill settings.</summary>
    public JsonElement? AiOptions { get; init; }
}
