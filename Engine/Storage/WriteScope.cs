using Microsoft.Data.Sqlite;

namespace SoftrLite.Storage;

/// <summary>
/// A write on one file: its one transaction, on the store's writer connection. Everything done through it commits
/// together when the write returns, or not at all.
/// </summary>
internal sealed class WriteScope : ReadScope
{
    internal WriteScope(StoreSession session, SqliteTransaction transaction)
        : base(session, transaction)
    {
    }

    internal new SqliteTransaction Transaction => base.Transaction!;
}
