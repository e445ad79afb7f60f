using Microsoft.Data.Sqlite;
using SoftrLite.Errors;

namespace SoftrLite.Storage;

/// <summary>
/// Brings a file written by an older SoftrLite up to the current format: every step from its version on, then the
/// new <c>PRAGMA user_version</c>, in one write transaction. Several processes may open an old file at once: the
/// version is read again under the write lock, so only the first one migrates.
/// </summary>
internal static class FormatMigrator
{
    public static void Upgrade(SqliteConnection connection, StoreFormat format, string file)
    {
        // What a step removes (e.g. secrets kept in clear) must not survive in free pages of the file or in the WAL.
        Execute(connection, "PRAGMA secure_delete = ON");
        Migrate(connection, format, file);
        Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
        Execute(connection, "PRAGMA secure_delete = OFF");
    }

    private static void Migrate(SqliteConnection connection, StoreFormat format, string file)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        var version = UserVersion(connection, transaction);
        if (version >= format.Version)
        {
            transaction.Rollback();
            return;
        }

        for (var from = version; from < format.Version; from++)
        {
            var step = format.Migrations.FirstOrDefault(m => m.FromVersion == from)
                ?? throw SoftrErrors.MigrationMissing(file, from, format.Version);
            step.Apply(connection, transaction);
        }

        SetUserVersion(connection, transaction, format.Version);
        transaction.Commit();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static long UserVersion(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version";
        return (long)command.ExecuteScalar()!;
    }

    public static void SetUserVersion(SqliteConnection connection, SqliteTransaction transaction, long version)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"PRAGMA user_version = {version}";
        command.ExecuteNonQuery();
    }
}
