using Microsoft.Data.Sqlite;
using SoftrLite.Errors;

namespace SoftrLite.Storage;

/// <summary>The one place where a <see cref="SqliteException"/> becomes a <see cref="SoftrException"/>.</summary>
internal static class SqliteErrorMapper
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteConstraint = 19;

    public static Exception Map(SqliteException exception) => exception.SqliteErrorCode switch
    {
        SqliteBusy or SqliteLocked => SoftrErrors.Busy(exception),
        SqliteConstraint => SoftrErrors.Constraint(exception),
        _ => exception,
    };
}
