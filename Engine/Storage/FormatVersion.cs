namespace SoftrLite.Storage;

/// <summary>
/// The on-disk format versions this build writes and reads (kept in <c>PRAGMA user_version</c>). A change to a
/// format bumps its version here and adds one <see cref="FormatMigration"/> from the previous version (see
/// <see cref="CatalogMigrations"/>); a file with a newer version is refused untouched.
/// </summary>
internal static class FormatVersion
{
    /// <summary>2: token secrets are kept as SHA-256 hashes (<see cref="CatalogMigrations"/>).</summary>
    public const long Catalog = 2;

    /// <summary>2: the journal of committed writes (<see cref="DatabaseMigrations"/>).</summary>
    public const long Database = 2;
}
