using System.Text.Json;
using SoftrLite.Errors;
using SoftrLite.Identity;
using SoftrLite.Schema;
using SoftrLite.Storage;
using SoftrLite.Storage.Rows;

namespace SoftrLite;

/// <summary>Personal access tokens for the REST layer. While none exist, the REST layer does not check keys.</summary>
public sealed class TokenOperations
{
    private readonly EngineContext _context;
    private readonly Lock _cacheGate = new();
    private long _generation;
    private bool? _any;

    internal TokenOperations(EngineContext context) => _context = context;

    /// <summary>
    /// Creates a token reaching the given workspaces. The returned token carries its secret: this is the only time it
    /// is shown (only its SHA-256 hash is stored).
    /// </summary>
    /// <exception cref="SoftrException">
    /// <see cref="ErrorCode.BadRequest"/> when the name is invalid; <see cref="ErrorCode.ResourceNotFound"/> when a workspace does not exist.
    /// </exception>
    public AccessToken Create(string name, TokenAccess access, IEnumerable<WorkspaceId> workspaces) => Create(name, access, workspaces, null);

    /// <summary>Creates a token whose secret is given (the emulator's <c>--token</c>), or made when <see langword="null"/>.</summary>
    internal AccessToken Create(string name, TokenAccess access, IEnumerable<WorkspaceId> workspaces, string? secret)
    {
        ArgumentNullException.ThrowIfNull(workspaces);
        var ids = workspaces.Distinct().ToArray();
        secret ??= _context.Secrets.NewSecret();
        var row = new TokenRow
        {
            Id = _context.Ids.NewLongId(),
            Name = Names.Normalize(name, "token"),
            SecretHash = TokenSecrets.Hash(secret),
            Access = access.ToString(),
            Workspaces = JsonSerializer.Serialize(ids.Select(w => w.Value)),
            CreatedAt = Timestamps.ToStored(_context.Now()),
        };
        _context.Catalog.Write(s =>
        {
            foreach (var id in ids)
            {
                _ = CatalogStore.GetWorkspace(s, id) ?? throw SoftrErrors.WorkspaceNotFound(id);
            }

            CatalogStore.InsertToken(s, row);
            return 0;
        });
        Forget();
        return row.ToToken(secret);
    }

    /// <summary>Every token, in creation order, without secrets.</summary>
    public IReadOnlyList<AccessToken> List() => _context.Catalog.Read(s => CatalogStore.ListTokens(s).Select(r => r.ToToken()).ToArray());

    /// <summary>Deletes a token; requests carrying it are refused from then on.</summary>
    /// <exception cref="SoftrException"><see cref="ErrorCode.ResourceNotFound"/> when there is none with that ID.</exception>
    public void Revoke(TokenId id)
    {
        var deleted = _context.Catalog.Write(s => CatalogStore.DeleteToken(s, id));
        Forget();
        if (deleted == 0)
        {
            throw SoftrErrors.TokenNotFound(id);
        }
    }

    /// <summary>
    /// Whether any token exists (then the REST layer checks keys). In memory the answer is cached until a token write,
    /// a reset or a restore (no other process can write there); on disk another process may add a token, so it is read.
    /// </summary>
    internal bool Any()
    {
        if (!_context.Location.IsInMemory)
        {
            return _context.Catalog.Read(CatalogStore.AnyTokens);
        }

        long generation;
        lock (_cacheGate)
        {
            if (_any is { } known)
            {
                return known;
            }

            generation = _generation;
        }

        var any = _context.Catalog.Read(CatalogStore.AnyTokens);
        lock (_cacheGate)
        {
            // A token write since the read began makes the answer stale: keep it uncached.
            if (_generation == generation)
            {
                _any = any;
            }
        }

        return any;
    }

    /// <summary>Forgets the cached answer of <see cref="Any"/> (after a token write, a reset or a restore).</summary>
    internal void Forget()
    {
        lock (_cacheGate)
        {
            _generation++;
            _any = null;
        }
    }

    /// <summary>The token with this secret, if any: found by the secret's hash, which is then compared in constant time.</summary>
    internal AccessToken? FindBySecret(string secret)
    {
        var hash = TokenSecrets.Hash(secret);
        var row = _context.Catalog.Read(s => CatalogStore.FindTokenByHash(s, hash));
        return row is not null && TokenSecrets.Matches(row.SecretHash, secret) ? row.ToToken() : null;
    }
}
