using System.Data.Common;

namespace SoftrLite.Storage;

/// <summary>
/// One kind of SQLite file (the catalog, a database): the format version this build writes, how a new file is made
/// at that version, and the steps that bring an older file up to it.
/// </summary>
internal sealed class StoreFormat
{
    /// <summary>Names the kind of file in messages: "catalog" or "database".</summary>
    public required string Kind { get; init; }

    /// <summary>The version this build writes and reads, kept in <c>PRAGMA user_version</c>.</summary>
    public required long Version { get; init; }

    /// <summary>Creates the schema of a new file at <see cref="Version"/>.</summary>
    public required Action<DbConnection, DbTransaction, SqlDialect> Create { get; init; }

    /// <summary>The steps from every older version; each one moves a file up by one version.</summary>
    public IReadOnlyList<FormatMigration> Migrations { get; init; } = [];
}
