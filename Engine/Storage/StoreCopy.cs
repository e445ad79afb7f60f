using Microsoft.Data.Sqlite;

namespace SoftrLite.Storage;

/// <summary>A private in-memory copy of one file, made and read back with SQLite's online backup API (fixture snapshots).</summary>
internal sealed class StoreCopy : IDisposable
{
    public StoreCopy()
    {
        Connection = new SqliteConnection("Data Source=:memory:;Pooling=False");
        Connection.Open();
    }

    internal SqliteConnection Connection { get; }

    public void Dispose() => Connection.Dispose();
}
