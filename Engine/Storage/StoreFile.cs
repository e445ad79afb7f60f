using Microsoft.Data.Sqlite;
using SoftrLite.Errors;

namespace SoftrLite.Storage;

/// <summary>Builds a new SQLite file of the engine whole, aside, and moves it into place.</summary>
internal static class StoreFile
{
    /// <summary>
    /// Makes a new file at <paramref name="path"/>, whole: the schema is written to a file beside it (in WAL mode,
    /// closed so nothing is left in a WAL) and moved into place. Returns false when another engine made the file
    /// first. Whatever fails, nothing is left behind but what was there before.
    /// </summary>
    public static bool Create(string path, Func<string, string> connectionStringFor, StoreFormat format, Action? whileBuilding = null)
    {
        var temp = Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + ".new-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var connection = new SqliteConnection(connectionStringFor(temp)))
            {
                connection.Open();
                using (var wal = connection.CreateCommand())
                {
                    wal.CommandText = "PRAGMA journal_mode = WAL";
                    wal.ExecuteNonQuery();
                }

                using var transaction = connection.BeginTransaction();
                format.Create(connection, transaction, SqliteDialect.Instance);
                FormatMigrator.SetUserVersion(connection, transaction, format.Version);
                whileBuilding?.Invoke();
                transaction.Commit();
            }

            File.Move(temp, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path) && File.Exists(temp))
        {
            return false;
        }
        catch (SqliteException exception)
        {
            throw SqliteErrorMapper.Map(exception, path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw SoftrErrors.FileIoError(path, exception.Message, exception);
        }
        finally
        {
            foreach (var leftover in new[] { temp, temp + "-wal", temp + "-shm", temp + "-journal" })
            {
                File.Delete(leftover);
            }
        }
    }
}
