using SoftrLite.Errors;
using SoftrLite.Fields;
using SoftrLite.Schema;
using SoftrLite.Storage;
using SoftrLite.Storage.Rows;

namespace SoftrLite;

/// <summary>Databases: each one a SQLite file listed in the catalog.</summary>
public sealed class DatabaseOperations
{
    private readonly EngineContext _context;
    private readonly Computed.ComputedSchema _computed;

    internal DatabaseOperations(EngineContext context, Computed.ComputedSchema computed)
    {
        _context = context;
        _computed = computed;
    }

    /// <summary>
    /// Checks a database and changes nothing: SQLite's <c>integrity_check</c>; every link row pointing at rows that exist,
    /// and every pair of link fields pointing at each other; every stored computed value equal to a from-scratch
    /// recomputation (volatile formulas, and what reads them, left out). Holds the database's writer while it runs.
    /// </summary>
    /// <exception cref="SoftrException">
    /// <see cref="ErrorCode.ResourceNotFound"/> for an unknown database; <see cref="ErrorCode.ServiceUnavailable"/> when its file cannot be read.
    /// </exception>
    public DatabaseHealth Check(DatabaseId databaseId)
    {
        var collaborators = _context.Collaborators(WorkspaceOf(databaseId));
        var problems = _context.Store(databaseId).Probe(s =>
        {
            var found = HealthStore.IntegrityProblems(s).Select(p => "integrity_check: " + p).ToList();
            if (found.Count > 0)
            {
                return found;
            }

            found.AddRange(LinkProblems(s, _computed.Model(s, databaseId)));
            found.AddRange(_computed.Check(s, databaseId, collaborators));
            return found;
        });
        return new DatabaseHealth(databaseId, problems);
    }

    private static IEnumerable<string> LinkProblems(WriteScope s, Compiled.DatabaseModel model)
    {
        foreach (var table in model.Tables)
        {
            foreach (var field in table.Links)
            {
                var link = field.Link!;
                var linked = model.FindTable(link.LinkedTableId);
                if (linked is null)
                {
                    yield return $"Table '{table.Table.Name}', field '{field.Field.Name}' ({field.Id}): links to a table that does not exist.";
                    continue;
                }

                if (link.SelfIsA && HealthStore.DanglingLinks(s, link.Junction, table.Num, linked.Num) is > 0 and var dangling)
                {
                    yield return $"Table '{table.Table.Name}', field '{field.Field.Name}' ({field.Id}): {dangling} link row(s) point at records that do not exist.";
                }

                if (OptionsReader.StoredString(field.Field.Options, LinkFields.InverseKey) is { } inverseId
                    && (linked.FindById(inverseId) is not { Link: { } back } inverse
                        || back.Junction != link.Junction || back.LinkedTableId != table.Id || back.SelfIsA == link.SelfIsA
                        || OptionsReader.StoredString(inverse.Field.Options, LinkFields.InverseKey) != field.Id.Value))
                {
                    yield return $"Table '{table.Table.Name}', field '{field.Field.Name}' ({field.Id}): its inverse field {inverseId} in '{linked.Table.Name}' does not link back to it.";
                }
            }
        }
    }

    /// <summary>Creates an empty database in a workspace.</summary>
    /// <exception cref="SoftrException">
    /// <see cref="ErrorCode.BadRequest"/> for an invalid name; <see cref="ErrorCode.ResourceNotFound"/> for an unknown workspace;
    /// <see cref="ErrorCode.QuotaExceeded"/> when the workspace holds the maximum number of databases.
    /// </exception>
    public Database Create(WorkspaceId workspaceId, string name, string? description = null)
    {
        var now = Timestamps.ToStored(_context.Now());
        var row = new DatabaseRow
        {
            WorkspaceId = workspaceId.Value,
            Name = Names.Normalize(name, "database"),
            Description = Names.Description(description),
            CreatedAt = now,
            UpdatedAt = now,
        };

        // A seeded generator repeats IDs when a directory is reopened: an ID whose file or catalog row exists is skipped.
        DatabaseId id;
        do
        {
            row.Id = _context.Ids.NewUuid().ToString();
            id = new DatabaseId(row.Id);
        }
        while (_context.Catalog.Read(s => CatalogStore.GetDatabase(s, id)) is not null || !_context.CreateStore(id));

        // The file is made first (whole, or not at all) and removed again if the catalog refuses the database, so a
        // crash can leave at most an unlisted file, never a listed database without one.
        try
        {
            _context.Catalog.Write(s =>
            {
                _ = CatalogStore.GetWorkspace(s, workspaceId) ?? throw SoftrErrors.WorkspaceNotFound(workspaceId);
                var limit = _context.Options.Quotas.DatabasesPerWorkspace;
                if (CatalogStore.CountDatabases(s, [workspaceId.Value]) >= limit)
                {
                    throw SoftrErrors.QuotaExceeded("databases per workspace", limit);
                }

                CatalogStore.InsertDatabase(s, row);
                _context.FailPoint("database.create");
                return 0;
            });
        }
        catch
        {
            _context.DropStore(id);
            throw;
        }

        return row.ToDatabase(0);
    }

    /// <summary>Gets a database with its table count.</summary>
    /// <exception cref="SoftrException"><see cref="ErrorCode.ResourceNotFound"/> when there is none with that ID.</exception>
    public Database Get(DatabaseId id) => WithCount(Row(id));

    /// <summary>Lists databases in creation order, of one workspace or of all.</summary>
    /// <exception cref="SoftrException"><see cref="ErrorCode.BadRequest"/> for a negative offset or limit.</exception>
    public Page<Database> List(Paging? paging = null, WorkspaceId? workspaceId = null) =>
        List(paging, workspaceId is { } w ? [w] : null);

    /// <summary>Changes a database's name or description; <see langword="null"/> leaves a value as it is, an empty description clears it.</summary>
    /// <exception cref="SoftrException">
    /// <see cref="ErrorCode.BadRequest"/> for an invalid name; <see cref="ErrorCode.ResourceNotFound"/> when there is no such database.
    /// </exception>
    public Database Update(DatabaseId id, string? name = null, string? description = null)
    {
        var newName = name is null ? null : Names.Normalize(name, "database");
        var row = _context.Catalog.Write(s =>
        {
            var row = CatalogStore.GetDatabase(s, id) ?? throw SoftrErrors.DatabaseNotFound(id);
            row.Name = newName ?? row.Name;
            row.Description = description is null ? row.Description : Names.Description(description);
            row.UpdatedAt = Timestamps.ToStored(_context.Now());
            CatalogStore.UpdateDatabase(s, row);
            return row;
        });
        return WithCount(row);
    }

    /// <summary>Deletes a database and its file.</summary>
    /// <exception cref="SoftrException">
    /// <see cref="ErrorCode.BadRequest"/> when it holds tables and <paramref name="mode"/> is not <see cref="DeleteMode.Force"/>;
    /// <see cref="ErrorCode.ResourceNotFound"/> when there is no such database; <see cref="ErrorCode.ServiceUnavailable"/> when its
    /// file cannot be read and <paramref name="mode"/> is not <see cref="DeleteMode.Force"/> (forced, the database and its file go).
    /// </exception>
    public void Delete(DatabaseId id, DeleteMode mode = DeleteMode.IfEmpty)
    {
        var row = Row(id);
        DatabaseStore store;
        try
        {
            store = _context.Store(id);
        }
        catch (SoftrException exception) when (exception.Code == ErrorCode.ServiceUnavailable && mode == DeleteMode.Force && !SqliteErrorMapper.IsBusy(exception))
        {
            // A file that cannot be opened (damaged, emptied, missing) can still be let go of, when forced.
            _context.Catalog.Write(s =>
            {
                CatalogStore.DeleteDatabase(s, id);
                return 0;
            });
            _context.KnownDatabases.TryRemove(id, out _);
            _context.DropStore(id);
            return;
        }


        // Holding the database's writer while the catalog row goes keeps a concurrent table create
        // from landing in a database that is being removed.
        store.Write(ds =>
        {
            if (mode != DeleteMode.Force && DatabaseStore.CountTables(ds) > 0)
            {
                throw SoftrErrors.NotEmpty("Database", row.Name, "tables");
            }

            _context.Catalog.Write(s =>
            {
                CatalogStore.DeleteDatabase(s, id);
                _context.FailPoint("database.delete");
                return 0;
            });
            return 0;
        });
        _context.KnownDatabases.TryRemove(id, out _);
        _context.DropStore(id);
    }

    internal Page<Database> List(Paging? paging, IReadOnlyCollection<WorkspaceId>? workspaces)
    {
        var page = PagingRules.Validate(paging);
        var filter = workspaces?.Select(w => w.Value).ToArray();
        var (rows, total) = _context.Catalog.Read(s =>
            (CatalogStore.ListDatabases(s, filter, page.Offset, page.EffectiveLimit), CatalogStore.CountDatabases(s, filter)));
        return new Page<Database>(rows.Select(ListedWithCount).ToArray(), page.Offset, page.EffectiveLimit, total);
    }

    /// <summary>The workspace of an existing database, cached: record calls check existence without a catalog query.</summary>
    internal WorkspaceId WorkspaceOf(DatabaseId id) =>
        _context.KnownDatabases.TryGetValue(id, out var workspace) ? workspace : new WorkspaceId(Row(id).WorkspaceId);

    /// <summary>The catalog row of a database, or RESOURCE_NOT_FOUND.</summary>
    internal DatabaseRow Row(DatabaseId id)
    {
        var row = _context.Catalog.Read(s => CatalogStore.GetDatabase(s, id)) ?? throw SoftrErrors.DatabaseNotFound(id);
        _context.KnownDatabases[id] = new WorkspaceId(row.WorkspaceId);
        return row;
    }

    // A database whose file cannot be read is still listed (with no tables), so one damaged file never hides the
    // others; any call on it reports the failure.
    private Database ListedWithCount(DatabaseRow row)
    {
        try
        {
            return WithCount(row);
        }
        catch (SoftrException exception) when (exception.Code == ErrorCode.ServiceUnavailable)
        {
            return row.ToDatabase(0);
        }
    }

    private Database WithCount(DatabaseRow row)
    {
        var count = _context.Store(new DatabaseId(row.Id)).Read(s => DatabaseStore.CountTables(s));
        return row.ToDatabase((int)count);
    }
}
