namespace SoftrLite.Storage;

/// <summary>
/// Where an engine keeps its stores: SQLite files in a data directory or in memory (<see cref="SqliteLocation"/>), or
/// schemas of a PostgreSQL database (<see cref="Postgres.PostgresLocation"/>). One catalog store (workspaces, the list
/// of databases, tokens) and one store per database.
/// </summary>
internal abstract class StorageLocation
{
    /// <summary>Whether the stores live only as long as the engine (an in-memory engine).</summary>
    public abstract bool IsInMemory { get; }

    /// <summary>Opens the catalog, making it where there is none.</summary>
    public abstract IStore OpenCatalog(StoreFormat format, TimeSpan busyTimeout);

    /// <summary>Opens the store of a database the catalog lists; a missing or damaged one is reported, never re-created.</summary>
    public abstract IStore OpenDatabase(DatabaseId id, StoreFormat format, TimeSpan busyTimeout);

    /// <summary>Makes the store of a new database, whole; <see langword="false"/> when one of that ID exists already.</summary>
    public abstract bool CreateDatabase(DatabaseId id, StoreFormat format, TimeSpan busyTimeout, Action? whileBuilding);

    /// <summary>Whether a store of that database ID exists (listed in the catalog or not).</summary>
    public abstract bool DatabaseExists(DatabaseId id);

    /// <summary>Removes a database's store, with everything in it.</summary>
    public abstract void DeleteDatabase(DatabaseId id);

    /// <summary>A database's store as messages name it (a file path, or a schema).</summary>
    public abstract string Describe(DatabaseId id);
}
