using Microsoft.Data.Sqlite;

namespace SoftrLite.Storage;

/// <summary>
/// Where an engine keeps its files: a data directory (a catalog file and one file per database), or
/// named in-memory databases with the same layout, private to one engine.
/// </summary>
internal sealed class StorageLocation
{
    private const string CatalogFileName = "catalog.sqlite";
    private const string DatabasesFolder = "databases";
    private readonly string? _directory;
    private readonly string _memoryPrefix;

    private StorageLocation(string? directory, string memoryPrefix)
    {
        _directory = directory;
        _memoryPrefix = memoryPrefix;
    }

    public bool IsInMemory => _directory is null;

    public static StorageLocation InDirectory(string directory)
    {
        var full = Path.GetFullPath(directory);
        Directory.CreateDirectory(Path.Combine(full, DatabasesFolder));
        return new StorageLocation(full, string.Empty);
    }

    // memdb names that start with '/' are shared by every connection of the process; the GUID keeps
    // two in-memory engines apart.
    public static StorageLocation InMemory() => new(null, "/softrlite-" + Guid.NewGuid().ToString("N"));

    public string CatalogConnectionString(TimeSpan busyTimeout) => Build(CatalogPath(), busyTimeout);

    public string DatabaseConnectionString(DatabaseId id, TimeSpan busyTimeout) => Build(DatabasePath(id), busyTimeout);

    public string Describe(DatabaseId id) => IsInMemory ? $"in-memory database {id}" : DatabasePath(id);

    /// <summary>Removes a database's files (the file and its WAL and shared-memory companions).</summary>
    public void DeleteDatabaseFiles(DatabaseId id)
    {
        if (_directory is null)
        {
            return;
        }

        var path = DatabasePath(id);
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            File.Delete(file);
        }
    }

    private string CatalogPath() => _directory is null ? _memoryPrefix + "-catalog" : Path.Combine(_directory, CatalogFileName);

    private string DatabasePath(DatabaseId id) =>
        _directory is null ? $"{_memoryPrefix}-{id.Value}" : Path.Combine(_directory, DatabasesFolder, id.Value + ".sqlite");

    private string Build(string path, TimeSpan busyTimeout)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = _directory is null ? $"file:{path}?vfs=memdb" : path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(busyTimeout.TotalSeconds)),
        };
        return builder.ToString();
    }
}
