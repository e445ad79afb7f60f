using System.Text.Json;

namespace SoftrLite.Storage.Rows;

/// <summary>A row of the catalog's <c>tokens</c> table; <see cref="Workspaces"/> is a JSON array of IDs.</summary>
internal sealed class TokenRow
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public byte[] SecretHash { get; set; } = [];

    public string Access { get; set; } = "";

    public string Workspaces { get; set; } = "[]";

    public long CreatedAt { get; set; }

    /// <summary>The public token; <paramref name="secret"/> only when it was just created (it is never stored).</summary>
    public AccessToken ToToken(string? secret = null) => new(
        new TokenId(Id),
        Name,
        secret,
        Enum.Parse<TokenAccess>(Access),
        JsonSerializer.Deserialize<string[]>(Workspaces)!.Select(w => new WorkspaceId(w)).ToArray(),
        Timestamps.FromStored(CreatedAt));
}
