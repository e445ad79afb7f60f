namespace SoftrLite;

/// <summary>A personal access token for the REST layer.</summary>
/// <param name="Id">The token's ID.</param>
/// <param name="Name">Its name.</param>
/// <param name="Secret">
/// The value a client sends in the <c>Softr-Api-Key</c> header: set only on the token <see cref="TokenOperations.Create(string, TokenAccess, IEnumerable{WorkspaceId})"/>
/// returns, <see langword="null"/> everywhere else (only its SHA-256 hash is stored, so it cannot be shown again).
/// </param>
/// <param name="Access">What it may do.</param>
/// <param name="Workspaces">The workspaces it reaches.</param>
/// <param name="CreatedAt">When it was created.</param>
public sealed record AccessToken(
    TokenId Id,
    string Name,
    string? Secret,
    TokenAccess Access,
    IReadOnlyList<WorkspaceId> Workspaces,
    DateTimeOffset CreatedAt);
