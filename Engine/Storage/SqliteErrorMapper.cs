using Microsoft.Data.Sqlite;
using SoftrLite.Errors;

namespace SoftrLite.Storage;

/// <summary>
/// The one place where a <see cref="SqliteException"/> becomes a <see cref="SoftrException"/>: every SQLite result
/// code maps to a documented error whose message names the file and says what to do.
/// </summary>
internal static class SqliteErrorMapper
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteCorrupt = 11;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    private const int SqliteTooBig = 18;
    private const int SqliteConstraint = 19;
    private const int SqliteNotADatabase = 26;

    /// <summary>Maps a failure on <paramref name="file"/> (a path, or a description of an in-memory database).</summary>
    public static SoftrException Map(SqliteException exception, string file) => exception.SqliteErrorCode switch
    {
        SqliteBusy or SqliteLocked => SoftrErrors.Busy(file, exception),
        SqliteConstraint => SoftrErrors.Constraint(exception),
        SqliteCorrupt => SoftrErrors.FileDamaged(file, "its content is corrupt", exception),
        SqliteNotADatabase => SoftrErrors.FileDamaged(file, "it is not a SQLite database", exception),
        SqliteReadOnly => SoftrErrors.FileReadOnly(file, exception),
        SqliteFull => SoftrErrors.DiskFull(file, exception),
        SqliteIoError or SqliteCantOpen => SoftrErrors.FileIoError(file, exception.Message, exception),
        SqliteTooBig => SoftrErrors.ValueTooBig(file, exception),
        _ => SoftrErrors.StorageFailed(file, exception.SqliteErrorCode, exception.Message, exception),
    };

    /// <summary>Whether a mapped failure is a lock held past the busy timeout (the file itself is fine).</summary>
    public static bool IsBusy(SoftrException exception) =>
        exception.InnerException is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked };

    /// <summary>
    /// Whether the failure is about the file itself (damaged, unreadable, read-only), so that pooled handles to it must
    /// be dropped: a handle that saw a damaged file must not answer for it once it has been repaired.
    /// </summary>
    public static bool IsFileFailure(SqliteException exception) =>
        exception.SqliteErrorCode is SqliteReadOnly or SqliteIoError or SqliteCorrupt or SqliteCantOpen or SqliteNotADatabase or SqliteFull;
}
