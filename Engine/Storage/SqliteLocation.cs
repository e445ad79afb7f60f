using Microsoft.Data.Sqlite;
using SoftrLite.Errors;

namespace SoftrLite.Storage;

/// <summary>
/// Where a SQLite engine keeps its files: a data directory (a catalog file and one file per database), or
/// named in-memory databases with the same layout, private to one engine.
/// </summary>
internal sealed class SqliteLocation : StorageLocation
{
    private const string CatalogFileName = "catalog.sqlite";
    private const string DatabasesFolder = "databases";
    private readonly string? _directory;
    private readonly string _memoryPrefix;

    private SqliteLocation(string? directory, string memoryPrefix)
    {
        _directory = directory;
        _memoryPrefix = memoryPrefix;
    }

    public override bool IsInMemory => _directory is null;

    /// <summary>
    /// A data directory, created when missing. SoftrLite needs to write there even to read (SQLite's WAL index lives
    /// beside each file), so a directory that cannot be written is refused here, clearly, rather than on some later call.
    /// </summary>
    public static SqliteLocation InDirectory(string directory)
    {
        var full = Path.GetFullPath(directory);
        try
        {
            var databases = Directory.CreateDirectory(Path.Combine(full, DatabasesFolder));
            var probe = Path.Combine(databases.FullName, ".write-probe-" + Guid.NewGuid().ToString("N"));
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw SoftrErrors.DirectoryNotWritable(full, exception);
        }

        return new SqliteLocation(full, string.Empty);
    }

    // memdb names that start with '/' are shared by every connection of the process; the GUID keeps
    // two in-memory engines apart.
    public static SqliteLocation InMemory() => new(null, "/softrlite-" + Guid.NewGuid().ToString("N"));

    public override IStore OpenCatalog(StoreFormat format, TimeSpan busyTimeout)
    {
        // The catalog is made only where there is none, whole (built aside and moved into place), so that engines
        // opening a fresh directory at once all succeed and an emptied catalog is reported, never rebuilt.
        var file = CatalogFile;
        if (file is not null && !File.Exists(file))
        {
            StoreFile.Create(file, path => ConnectionString(path, busyTimeout, create: true, pooling: false), format);
        }

        return SqliteStore.Open(CatalogConnectionString(busyTimeout), file, DescribeCatalog(), format);
    }

    public override IStore OpenDatabase(DatabaseId id, StoreFormat format, TimeSpan busyTimeout) =>
        SqliteStore.Open(DatabaseConnectionString(id, busyTimeout), DatabaseFile(id), Describe(id), format);

    public override bool CreateDatabase(DatabaseId id, StoreFormat format, TimeSpan busyTimeout, Action? whileBuilding) =>
        DatabaseFile(id) is not { } file
        || StoreFile.Create(file, path => ConnectionString(path, busyTimeout, create: true, pooling: false), format, whileBuilding);

    public override bool DatabaseExists(DatabaseId id) => DatabaseFile(id) is { } file && File.Exists(file);

    public string CatalogConnectionString(TimeSpan busyTimeout) => Build(CatalogPath(), busyTimeout);

    public string DatabaseConnectionString(DatabaseId id, TimeSpan busyTimeout) => Build(DatabasePath(id), busyTimeout);

    public override string Describe(DatabaseId id) => IsInMemory ? $"in-memory database {id}" : DatabasePath(id);

    public string DescribeCatalog() => IsInMemory ? "in-memory catalog" : CatalogPath();

    /// <summary>The catalog's file on disk; <see langword="null"/> in memory.</summary>
    public string? CatalogFile => IsInMemory ? null : CatalogPath();

    /// <summary>A database's file on disk; <see langword="null"/> in memory.</summary>
    public string? DatabaseFile(DatabaseId id) => IsInMemory ? null : DatabasePath(id);

    /// <summary>A connection string for a file on disk: <paramref name="create"/> only while a new file is built aside.</summary>
    public string ConnectionString(string path, TimeSpan busyTimeout, bool create, bool pooling) =>
        new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = pooling,
            DefaultTimeout = Timeout(busyTimeout),
        }.ToString();

    /// <summary>Removes a database's files (the file and its WAL and shared-memory companions).</summary>
    public override void DeleteDatabase(DatabaseId id)
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

    // On disk an existing file is opened, never created: new files are built aside (StoreFile.Create), so a
    // missing file is reported instead of silently coming back empty.
    private string Build(string path, TimeSpan busyTimeout) => _directory is null
        ? new SqliteConnectionStringBuilder
        {
            DataSource = $"file:{path}?vfs=memdb",
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = Timeout(busyTimeout),
        }.ToString()
        : ConnectionString(path, busyTimeout, create: false, pooling: true);

    private static int Timeout(TimeSpan busyTimeout) => Math.Max(1, (int)Math.Ceiling(busyTimeout.TotalSeconds));
}
