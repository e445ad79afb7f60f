using Microsoft.Data.Sqlite;

namespace SoftrLite.Benchmarks.Records;

/// <summary>Fresh temporary folders for on-disk benchmarks, and the engine's file layout inside one.</summary>
internal static class BenchDirectory
{
    public static string Create()
    {
        var path = Path.Combine(Path.GetTempPath(), "softrlite-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>The file of a database in an engine's data directory.</summary>
    public static string DatabaseFile(string directory, DatabaseId database) =>
        Path.Combine(directory, "databases", database.Value + ".sqlite");

    /// <summary>Releases pooled connections (which keep files open), then deletes the folder.</summary>
    public static void Delete(string directory)
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
