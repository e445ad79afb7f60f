using System.Text.Json;

namespace SoftrLite.Storage.Rows;

/// <summary>A row of the catalog's <c>tokens</c> table; <see cref="Workspaces"/> is a JSON array of IDs.</summary>
internal sealed class TokenRow
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Secret { get; set; } = "";

    public string Access { get; set; } = "";

    public string Workspaces { get; set; } = "[]";

    public long CreatedAt { get; set; }

    public AccessToken ToToken() => new(
        new TokenId(Id),
        Name,
        Secret,
        Enum.Parse<TokenAccess>(Access),
        JsonSerializer.Deserialize<string[]>(Workspaces)!.Select(w => new WorkspaceId(w)).ToArray(),
        Timestamps.FromStored(CreatedAt));
}
