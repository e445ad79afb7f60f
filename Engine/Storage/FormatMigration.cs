using Microsoft.Data.Sqlite;

namespace SoftrLite.Storage;

/// <summary>
/// One on-disk format change: brings a file from <see cref="FromVersion"/> to the next version. It runs inside the
/// transaction of <see cref="FormatMigrator.Upgrade"/>, so a file is migrated whole or not at all.
/// </summary>
/// <param name="FromVersion">The version the step starts from; it ends at <c>FromVersion + 1</c>.</param>
/// <param name="Description">What the step changes, for messages and the history of the format.</param>
/// <param name="Apply">The step itself: SQL (and C# where SQL cannot do it) on the open transaction.</param>
internal sealed record FormatMigration(long FromVersion, string Description, Action<SqliteConnection, SqliteTransaction> Apply);
