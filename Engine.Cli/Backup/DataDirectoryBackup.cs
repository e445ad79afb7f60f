using System.IO.Compression;
using Microsoft.Data.Sqlite;

namespace SoftrLite.Cli.Backup;

/// <summary>
/// Snapshots and restores a whole data directory (the catalog and one file per database) with SQLite's online backup
/// API, so another process (<c>softrlite serve</c>, an app) may keep using the files meanwhile: each file is copied
/// in one consistent state, never torn. A snapshot is a data directory itself (open or inspect it with
/// <c>--data</c>), or a .zip of one. The catalog is copied first and only the databases it lists are copied, so a
/// snapshot never lists a database whose file it lacks.
/// </summary>
public static class DataDirectoryBackup
{
    private const string CatalogFile = "catalog.sqlite";
    private const string DatabasesFolder = "databases";
    private const string DatabaseExtension = ".sqlite";
    private const int BusyTimeoutSeconds = 30;

    /// <summary>Copies <paramref name="dataDirectory"/> into <paramref name="destination"/> (a new or empty directory, or a .zip file); returns how many databases.</summary>
    /// <exception cref="IOException">The destination is not empty, or a file cannot be read or written.</exception>
    public static int Snapshot(string dataDirectory, string destination)
    {
        var catalog = Path.Combine(dataDirectory, CatalogFile);
        if (!File.Exists(catalog))
        {
            throw new IOException($"{dataDirectory} is not a SoftrLite data directory (no {CatalogFile}).");
        }

        var zip = IsZip(destination);
        if (zip ? File.Exists(destination) : Directory.Exists(destination) && Directory.EnumerateFileSystemEntries(destination).Any())
        {
            throw new IOException($"{destination} already exists; a snapshot is not written over anything.");
        }

        var target = zip ? Directory.CreateTempSubdirectory("softrlite-snapshot-").FullName : destination;
        try
        {
            Directory.CreateDirectory(Path.Combine(target, DatabasesFolder));
            Copy(catalog, Path.Combine(target, CatalogFile));
            var ids = DatabaseIds(Path.Combine(target, CatalogFile));
            foreach (var id in ids)
            {
                var file = Path.Combine(dataDirectory, DatabasesFolder, id + DatabaseExtension);
                if (!File.Exists(file))
                {
                    throw new IOException($"The catalog lists database {id}, but {file} is missing.");
                }

                Copy(file, Path.Combine(target, DatabasesFolder, id + DatabaseExtension));
            }

            if (zip)
            {
                ZipFile.CreateFromDirectory(target, destination);
            }

            return ids.Count;
        }
        finally
        {
            if (zip)
            {
                Directory.Delete(target, recursive: true);
            }
        }
    }

    /// <summary>
    /// Puts <paramref name="dataDirectory"/> back as <paramref name="source"/> (a snapshot directory or .zip) holds it:
    /// each database file is written over with the backup API, then the catalog; databases the snapshot does not hold
    /// are removed. Returns how many databases were restored.
    /// </summary>
    /// <exception cref="IOException">The source is not a snapshot, or a file cannot be read or written.</exception>
    public static int Restore(string source, string dataDirectory)
    {
        var zip = IsZip(source);
        var from = zip ? Directory.CreateTempSubdirectory("softrlite-restore-").FullName : source;
        try
        {
            if (zip)
            {
                ZipFile.ExtractToDirectory(source, from);
            }

            var catalog = Path.Combine(from, CatalogFile);
            if (!File.Exists(catalog))
            {
                throw new IOException($"{source} is not a snapshot (no {CatalogFile}).");
            }

            var ids = DatabaseIds(catalog);
            Directory.CreateDirectory(Path.Combine(dataDirectory, DatabasesFolder));
            foreach (var id in ids)
            {
                Copy(Path.Combine(from, DatabasesFolder, id + DatabaseExtension), Path.Combine(dataDirectory, DatabasesFolder, id + DatabaseExtension));
            }

            // The catalog last: it names a database only once the database's file is in place.
            Copy(catalog, Path.Combine(dataDirectory, CatalogFile));
            foreach (var file in Directory.EnumerateFiles(Path.Combine(dataDirectory, DatabasesFolder), "*" + DatabaseExtension))
            {
                if (!ids.Contains(Path.GetFileNameWithoutExtension(file)) && !Path.GetFileName(file).StartsWith('.'))
                {
                    foreach (var companion in new[] { file, file + "-wal", file + "-shm", file + "-journal" })
                    {
                        File.Delete(companion);
                    }
                }
            }

            return ids.Count;
        }
        finally
        {
            if (zip)
            {
                Directory.Delete(from, recursive: true);
            }
        }
    }

    private static bool IsZip(string path) => path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    // The online backup API from one file into another, the destination created when missing. The destination is left
    // in WAL mode, as SoftrLite keeps its files.
    private static void Copy(string from, string to)
    {
        if (!File.Exists(from))
        {
            throw new IOException($"{from} is missing.");
        }

        try
        {
            using var source = Open(from, SqliteOpenMode.ReadOnly);
            using var destination = Open(to, SqliteOpenMode.ReadWriteCreate);
            source.BackupDatabase(destination);
            using var command = destination.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL";
            command.ExecuteNonQuery();
        }
        catch (SqliteException exception)
        {
            throw new IOException($"Cannot copy {from} to {to}: {exception.Message}", exception);
        }
    }

    private static HashSet<string> DatabaseIds(string catalog)
    {
        try
        {
            // Read-write, so that closing the last connection folds the WAL back and removes it.
            using var connection = Open(catalog, SqliteOpenMode.ReadWrite);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT id FROM databases";
            using var reader = command.ExecuteReader();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }

            return ids;
        }
        catch (SqliteException exception)
        {
            throw new IOException($"Cannot read {catalog}: {exception.Message}", exception);
        }
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            Pooling = false,
            DefaultTimeout = BusyTimeoutSeconds,
        }.ToString());
        connection.Open();
        return connection;
    }
}
