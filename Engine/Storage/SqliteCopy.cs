using Microsoft.Data.Sqlite;

namespace SoftrLite.Storage;

/// <summary>A copy of a SQLite file in a private in-memory database, filled and read with SQLite's online backup API.</summary>
internal sealed class SqliteCopy : StoreCopy
{
    public SqliteCopy()
    {
        Connection = new SqliteConnection("Data Source=:memory:;Pooling=False");
        Connection.Open();
    }

    internal SqliteConnection Connection { get; }

    public override void Dispose() => Connection.Dispose();
}
