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
    public Workspace Default => _context.Catalog.Read(c => CatalogStore.ListWorkspaces(c)[0].ToWorkspace());

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
        _context.Catalog.Write((c, t) =>
        {
            CatalogStore.InsertWorkspace(c, t, row);
            return 0;
        });
        return row.ToWorkspace();
    }

    /// <summary>Every workspace, in creation order.</summary>
    public IReadOnlyList<Workspace> List() =>
        _context.Catalog.Read(c => CatalogStore.ListWorkspaces(c).Select(r => r.ToWorkspace()).ToArray());

    /// <summary>Gets a workspace.</summary>
    /// <exception cref="SoftrException"><see cref="ErrorCode.ResourceNotFound"/> when there is none with that ID.</exception>
    public Workspace Get(WorkspaceId id) =>
        _context.Catalog.Read(c => CatalogStore.GetWorkspace(c, id))?.ToWorkspace() ?? throw SoftrErrors.WorkspaceNotFound(id);

    private void EnsureDefault() => _context.Catalog.Write((c, t) =>
    {
        if (CatalogStore.ListWorkspaces(c, t).Count == 0)
        {
            CatalogStore.InsertWorkspace(c, t, new WorkspaceRow
            {
                Id = _context.Ids.NewUuid().ToString(),
                Name = Names.Normalize(_context.Options.DefaultWorkspaceName, "workspace"),
                CreatedAt = Timestamps.ToStored(_context.Now()),
            });
        }

        return 0;
    });
}
