namespace SoftrLite.Fields.Types;

/// <summary>
/// The workspace's collaborators by ID and by e-mail (ignoring case), built on first use from
/// <see cref="FieldValueContext.Collaborators"/> and kept for the rest of the context's life.
/// </summary>
internal sealed class CollaboratorIndex
{
    private IReadOnlyList<Collaborator>? _source;
    private Dictionary<string, Collaborator> _byId = new(StringComparer.Ordinal);
    private Dictionary<string, Collaborator> _byEmail = new(StringComparer.OrdinalIgnoreCase);

    public Collaborator? FindById(IReadOnlyList<Collaborator> collaborators, string id)
    {
        Load(collaborators);
        return _byId.GetValueOrDefault(id);
    }

    public Collaborator? FindByEmail(IReadOnlyList<Collaborator> collaborators, string email)
    {
        Load(collaborators);
        return _byEmail.GetValueOrDefault(email.Trim());
    }

    private void Load(IReadOnlyList<Collaborator> collaborators)
    {
        if (ReferenceEquals(_source, collaborators))
        {
            return;
        }

        var byId = new Dictionary<string, Collaborator>(StringComparer.Ordinal);
        var byEmail = new Dictionary<string, Collaborator>(StringComparer.OrdinalIgnoreCase);
        foreach (var collaborator in collaborators)
        {
            byId.TryAdd(collaborator.Id, collaborator);
            if (collaborator.Email is { Length: > 0 } email)
            {
                byEmail.TryAdd(email, collaborator);
            }
        }

        _byId = byId;
        _byEmail = byEmail;
        _source = collaborators;
    }
}
