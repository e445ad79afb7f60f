using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>Reads the <c>{"id","name","email"}</c> JSON that CREATED_BY and UPDATED_BY keep in a system column.</summary>
internal static class SystemCollaborator
{
    public static Collaborator Parse(string stored)
    {
        using var document = JsonDocument.Parse(stored);
        var root = document.RootElement;
        return new Collaborator(
            Read(root, "id") ?? string.Empty,
            Read(root, "name") ?? string.Empty,
            Read(root, "email"));
    }

    private static string? Read(JsonElement root, string key) =>
        root.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
