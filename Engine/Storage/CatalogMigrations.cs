using Dapper;
using Microsoft.Data.Sqlite;
using SoftrLite.Identity;

namespace SoftrLite.Storage;

/// <summary>
/// The catalog's format history, one step per version. A later change adds a step here (and bumps
/// <see cref="FormatVersion.Catalog"/>), with a test that opens a catalog written at the previous version.
/// </summary>
internal static class CatalogMigrations
{
    public static IReadOnlyList<FormatMigration> All { get; } =
    [
        new(1, "token secrets are stored as SHA-256 hashes, never in clear", HashTokenSecrets),
    ];

    // Version 1 kept secrets verbatim in tokens.secret (TEXT UNIQUE). A UNIQUE column cannot be dropped, so the table
    // is rebuilt; hashing needs SHA-256, which SQLite lacks, so rows pass through C#. A step's SQL is frozen here:
    // it describes version 2, whatever the current schema becomes.
    private static void HashTokenSecrets(SqliteConnection c, SqliteTransaction t)
    {
        c.Execute(
            """
            CREATE TABLE tokens_v2(
                rk INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                secret_hash BLOB NOT NULL UNIQUE,
                access TEXT NOT NULL,
                workspaces TEXT NOT NULL,
                created_at INTEGER NOT NULL) STRICT
            """,
            transaction: t);
        var rows = c.Query<(long Rk, string Id, string Name, string Secret, string Access, string Workspaces, long CreatedAt)>(
            "SELECT rk, id, name, secret, access, workspaces, created_at FROM tokens ORDER BY rk", transaction: t);
        foreach (var row in rows)
        {
            c.Execute(
                "INSERT INTO tokens_v2(rk, id, name, secret_hash, access, workspaces, created_at) VALUES (@Rk, @Id, @Name, @hash, @Access, @Workspaces, @CreatedAt)",
                new { row.Rk, row.Id, row.Name, hash = TokenSecrets.Hash(row.Secret), row.Access, row.Workspaces, row.CreatedAt },
                t);
        }

        c.Execute("DROP TABLE tokens", transaction: t);
        c.Execute("ALTER TABLE tokens_v2 RENAME TO tokens", transaction: t);
    }
}
