namespace SoftrLite;

/// <summary>A person who works in a workspace: a USER field's value, and who created or changed a record.</summary>
/// <param name="Id">The collaborator's ID.</param>
/// <param name="Name">Their display name.</param>
/// <param name="Email">Their e-mail address, if known.</param>
public sealed record Collaborator(string Id, string Name, string? Email);
