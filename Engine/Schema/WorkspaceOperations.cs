using SoftrLite.Errors;
using SoftrLite.Schema;
using SoftrLite.Storage;
using SoftrLite.Storage.Rows;

namespace SoftrLite;

/// <summary>Workspaces: the default one made on first open, and more through C# (the REST API has no workspace endpoints).</summary>
public sealed class WorkspaceOperations
{
    private readonly EngineContext _context;

    internal WorkspaceOperations(EngineContext context)
    {
        _context = context;
        EnsureDefault();
    }

    /// <summary>The first workspace, made when the data directory was first opened.</summary>
    public Workspace Default => _context.Catalog.Read(s => CatalogStore.ListWorkspaces(s)[0].ToWorkspace());

    /// <summary>Creates a workspace.</summary>
    /// <exception cref="SoftrException"><see cref="ErrorCode.BadRequest"/> when the name is empty or too long.</exception>
    public Workspace Create(string name)
    {
        var row = new WorkspaceRow
        {
            Id = _context.Ids.NewUuid().ToString(),
            Name = Names.Normalize(name, "workspace"),
            CreatedAt = Timestamps.ToStored(_context.Now()),
        };
        _context.Catalog.Write(s =>
        {
            CatalogStore.InsertWorkspace(s, row);
            return 0;
        });
        return row.ToWorkspace();
    }

    /// <summary>Every workspace, in creation order.</summary>
    public IReadOnlyList<Workspace> List() =>
        _context.Catalog.Read(s => CatalogStore.ListWorkspaces(s).Select(r => r.ToWorkspace()).ToArray());

    /// <summary>Gets a workspace.</summary>
    /// <exception cref="SoftrException"><see cref="ErrorCode.ResourceNotFound"/> when there is none with that ID.</exception>
    public Workspace Get(WorkspaceId id) =>
        _context.Catalog.Read(s => CatalogStore.GetWorkspace(s, id))?.ToWorkspace() ?? throw SoftrErrors.WorkspaceNotFound(id);

    /// <summary>Adds a collaborator to a workspace: someone USER fields can hold.</summary>
    /// <exception cref="SoftrException">
    /// <see cref="ErrorCode.BadRequest"/> for an empty name; <see cref="ErrorCode.ResourceNotFound"/> for an unknown workspace.
    /// </exception>
    public Collaborator AddCollaborator(WorkspaceId workspaceId, string name, string? email = null) => AddCollaborator(workspaceId, name, email, null);

    /// <summary>Adds a collaborator with a given ID (fixtures), or a new one when <see langword="null"/>.</summary>
    internal Collaborator AddCollaborator(WorkspaceId workspaceId, string name, string? email, string? id)
    {
        var collaborator = new Collaborator(id ?? _context.Ids.NewLongId(), Names.Normalize(name, "collaborator"), string.IsNullOrWhiteSpace(email) ? null : email.Trim());
        _context.Catalog.Write(s =>
        {
            _ = CatalogStore.GetWorkspace(s, workspaceId) ?? throw SoftrErrors.WorkspaceNotFound(workspaceId);
            CatalogStore.InsertCollaborator(s, workspaceId, collaborator, Timestamps.ToStored(_context.Now()));
            return 0;
        });
        _context.ForgetCollaborators(workspaceId);
        return collaborator;
    }

    /// <summary>The collaborators of a workspace, in the order they were added.</summary>
    /// <exception cref="SoftrException"><see cref="ErrorCode.ResourceNotFound"/> for an unknown workspace.</exception>
    public IReadOnlyList<Collaborator> ListCollaborators(WorkspaceId workspaceId)
    {
        Get(workspaceId);
        return _context.Collaborators(workspaceId);
    }

    /// <summary>Removes a collaborator; USER values that named them read as empty from then on.</summary>
    /// <exception cref="SoftrException"><see cref="ErrorCode.ResourceNotFound"/> when the workspace has no such collaborator.</exception>
    public void RemoveCollaborator(WorkspaceId workspaceId, string collaboratorId)
    {
        var removed = _context.Catalog.Write(s => CatalogStore.DeleteCollaborator(s, workspaceId, collaboratorId));
        _context.ForgetCollaborators(workspaceId);
        if (removed == 0)
        {
            throw SoftrErrors.CollaboratorNotFound(collaboratorId);
        }
    }

    /// <summary>
    /// Creates the default workspace when there is none (on first open, and after a fixture reset). Only the first
    /// open of a directory writes: later opens read, so they never wait for another process's writer.
    /// </summary>
    internal void EnsureDefault()
    {
        if (_context.Catalog.Read(s => CatalogStore.ListWorkspaces(s).Count) == 0)
        {
            CreateDefault();
        }
    }

    private void CreateDefault() => _context.Catalog.Write(s =>
    {
        if (CatalogStore.ListWorkspaces(s).Count == 0)
        {
            CatalogStore.InsertWorkspace(s, new WorkspaceRow
            {
                Id = _context.Ids.NewUuid().ToString(),
                Name = Names.Normalize(_context.Options.DefaultWorkspaceName, "workspace"),
                CreatedAt = Timestamps.ToStored(_context.Now()),
            });
        }

        return 0;
    });
}
