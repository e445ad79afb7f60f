using Dapper;
using System.Data.Common;
using System.Text.Json;
using SoftrLite.Storage.Rows;

namespace SoftrLite.Storage;

/// <summary>The catalog file: workspaces, the list of databases and access tokens. Fixed SQL only.</summary>
internal sealed class CatalogStore : IDisposable
{
    private const string DatabaseColumns =
        "id AS Id, workspace_id AS WorkspaceId, name AS Name, description AS Description, created_at AS CreatedAt, updated_at AS UpdatedAt";

    private const string TokenColumns =
        "id AS Id, name AS Name, secret_hash AS SecretHash, access AS Access, workspaces AS Workspaces, created_at AS CreatedAt";

    private readonly IStore _store;

    public CatalogStore(StorageLocation location, TimeSpan busyTimeout)
    {
        _store = location.OpenCatalog(Format, busyTimeout);
    }

    /// <summary>The catalog's format: its current schema and the steps from older versions.</summary>
    public static StoreFormat Format { get; } = new()
    {
        Kind = "catalog",
        Version = FormatVersion.Catalog,
        Create = CreateSchema,
        Migrations = CatalogMigrations.All,
    };

    public T Read<T>(Func<ReadScope, T> work) => _store.Read(work);

    public T Write<T>(Func<WriteScope, T> work) => _store.Write(work);

    /// <summary>How many transactions the file's store has begun (see <see cref="IStore.Transactions"/>).</summary>
    public long Transactions => _store.Transactions;

    /// <summary>Copies the whole catalog as it is now (see <see cref="IStore.Copy"/>).</summary>
    public StoreCopy Copy() => _store.Copy();

    /// <summary>Replaces the whole catalog by a copy of it (see <see cref="IStore.RestoreFrom"/>).</summary>
    public void RestoreFrom(StoreCopy copy) => _store.RestoreFrom(copy);

    /// <summary>Every database's ID, of every workspace, in creation order.</summary>
    public static IReadOnlyList<string> ListDatabaseIds(ReadScope s) =>
        s.Query<string>("SELECT id FROM databases ORDER BY rk").AsList();

    /// <summary>Empties the catalog: databases, tokens, collaborators and workspaces.</summary>
    public static void Clear(WriteScope s) =>
        s.Execute("DELETE FROM databases; DELETE FROM tokens; DELETE FROM collaborators; DELETE FROM workspaces;");

    public static IReadOnlyList<WorkspaceRow> ListWorkspaces(ReadScope s) =>
        s.Query<WorkspaceRow>("SELECT id AS Id, name AS Name, created_at AS CreatedAt FROM workspaces ORDER BY rk").AsList();

    public static WorkspaceRow? GetWorkspace(ReadScope s, WorkspaceId id) =>
        s.SingleOrDefault<WorkspaceRow>(
            "SELECT id AS Id, name AS Name, created_at AS CreatedAt FROM workspaces WHERE id = @id", new { id = id.Value });

    public static void InsertWorkspace(WriteScope s, WorkspaceRow row) =>
        s.Execute("INSERT INTO workspaces(id, name, created_at) VALUES (@Id, @Name, @CreatedAt)", row);

    public static DatabaseRow? GetDatabase(ReadScope s, DatabaseId id) =>
        s.SingleOrDefault<DatabaseRow>($"SELECT {DatabaseColumns} FROM databases WHERE id = @id", new { id = id.Value });

    public static IReadOnlyList<DatabaseRow> ListDatabases(ReadScope s, IReadOnlyCollection<string>? workspaces, int offset, int limit) =>
        s.Query<DatabaseRow>(
            $"SELECT {DatabaseColumns} FROM databases WHERE @all OR workspace_id IN ({s.Dialect.TextValues("@workspaces")}) ORDER BY rk LIMIT @limit OFFSET @offset",
            new { all = workspaces is null, workspaces = JsonSerializer.Serialize(workspaces ?? []), offset, limit }).AsList();

    public static long CountDatabases(ReadScope s, IReadOnlyCollection<string>? workspaces) =>
        s.Scalar<long>(
            $"SELECT count(*) FROM databases WHERE @all OR workspace_id IN ({s.Dialect.TextValues("@workspaces")})",
            new { all = workspaces is null, workspaces = JsonSerializer.Serialize(workspaces ?? []) });

    public static void InsertDatabase(WriteScope s, DatabaseRow row) =>
        s.Execute(
            "INSERT INTO databases(id, workspace_id, name, description, created_at, updated_at) VALUES (@Id, @WorkspaceId, @Name, @Description, @CreatedAt, @UpdatedAt)",
            row);

    public static void UpdateDatabase(WriteScope s, DatabaseRow row) =>
        s.Execute("UPDATE databases SET name = @Name, description = @Description, updated_at = @UpdatedAt WHERE id = @Id", row);

    public static void DeleteDatabase(WriteScope s, DatabaseId id) =>
        s.Execute("DELETE FROM databases WHERE id = @id", new { id = id.Value });

    public static void InsertToken(WriteScope s, TokenRow row) =>
        s.Execute(
            "INSERT INTO tokens(id, name, secret_hash, access, workspaces, created_at) VALUES (@Id, @Name, @SecretHash, @Access, @Workspaces, @CreatedAt)",
            row);

    public static TokenRow? FindTokenByHash(ReadScope s, byte[] hash) =>
        s.SingleOrDefault<TokenRow>($"SELECT {TokenColumns} FROM tokens WHERE secret_hash = @hash", new { hash });

    public static IReadOnlyList<TokenRow> ListTokens(ReadScope s) =>
        s.Query<TokenRow>($"SELECT {TokenColumns} FROM tokens ORDER BY rk").AsList();

    public static bool AnyTokens(ReadScope s) => s.Scalar<bool>("SELECT EXISTS(SELECT 1 FROM tokens)");

    public static int DeleteToken(WriteScope s, TokenId id) =>
        s.Execute("DELETE FROM tokens WHERE id = @id", new { id = id.Value });

    public static IReadOnlyList<Collaborator> ListCollaborators(ReadScope s, WorkspaceId workspace) =>
        s.Query<(string Id, string Name, string? Email)>(
            "SELECT id, name, email FROM collaborators WHERE workspace_id = @workspace ORDER BY rk",
            new { workspace = workspace.Value })
        .Select(r => new Collaborator(r.Id, r.Name, r.Email))
        .ToArray();

    public static void InsertCollaborator(WriteScope s, WorkspaceId workspace, Collaborator collaborator, long createdAt) =>
        s.Execute(
            "INSERT INTO collaborators(id, workspace_id, name, email, created_at) VALUES (@Id, @workspace, @Name, @Email, @createdAt)",
            new { collaborator.Id, workspace = workspace.Value, collaborator.Name, collaborator.Email, createdAt });

    public static int DeleteCollaborator(WriteScope s, WorkspaceId workspace, string id) =>
        s.Execute("DELETE FROM collaborators WHERE workspace_id = @workspace AND id = @id", new { workspace = workspace.Value, id });

    public void Dispose() => _store.Dispose();

    private static void CreateSchema(DbConnection c, DbTransaction t, SqlDialect dialect) => c.Execute(
        dialect.Ddl("""
        CREATE TABLE workspaces(
            rk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            created_at INTEGER NOT NULL) STRICT;
        CREATE TABLE databases(
            rk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id),
            name TEXT NOT NULL,
            description TEXT,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL) STRICT;
        CREATE INDEX databases_by_workspace ON databases(workspace_id, rk);
        CREATE TABLE collaborators(
            rk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id),
            name TEXT NOT NULL,
            email TEXT,
            created_at INTEGER NOT NULL) STRICT;
        CREATE INDEX collaborators_by_workspace ON collaborators(workspace_id, rk);
        CREATE TABLE tokens(
            rk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            secret_hash BLOB NOT NULL UNIQUE,
            access TEXT NOT NULL,
            workspaces TEXT NOT NULL,
            created_at INTEGER NOT NULL) STRICT;
        """),
        transaction: t);
}
