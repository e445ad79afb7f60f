namespace SoftrLite.Storage;

/// <summary>
/// One store of the engine — a SQLite file (<see cref="SqliteStore"/>) or a PostgreSQL schema
/// (<see cref="Postgres.PostgresStore"/>): one writer at a time, readers in parallel, every call one transaction.
/// Everything above Storage reaches the data through the scopes it hands out.
/// </summary>
internal interface IStore : IDisposable
{
    /// <summary>The store's SQL spelling.</summary>
    SqlDialect Dialect { get; }

    /// <summary>The functions reads of this store may call from SQL (<c>softr_eval</c>; SQLite only, see <see cref="SqlDialect.CallsIntoProcess"/>).</summary>
    SqlEvaluators Evaluators { get; }

    /// <summary>How many transactions (reads and writes) the store has begun: a diagnostic, read by tests that count them per call.</summary>
    long Transactions { get; }

    /// <summary>Runs a read in one snapshot, in parallel with other reads.</summary>
    T Read<T>(Func<ReadScope, T> work);

    /// <summary>Runs a read of exactly one statement, with no transaction around it (a single statement sees one snapshot).</summary>
    T ReadOne<T>(Func<ReadScope, T> work);

    /// <summary>Runs a read holding this process's writer, so no write of this process is in progress meanwhile.</summary>
    T ReadHoldingWriter<T>(Func<ReadScope, T> work);

    /// <summary>Runs a write as one transaction; it commits whole or not at all, and no other writer runs meanwhile.</summary>
    T Write<T>(Func<WriteScope, T> work);

    /// <summary>Runs work that may write, holding the writer, then rolls it all back.</summary>
    T Probe<T>(Func<WriteScope, T> work);

    /// <summary>Copies the whole store as it is now, as one consistent state.</summary>
    StoreCopy Copy();

    /// <summary>Replaces the whole store by a copy made by <see cref="Copy"/> of a store of the same kind.</summary>
    void RestoreFrom(StoreCopy copy);
}
