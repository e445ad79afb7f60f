using Microsoft.Data.Sqlite;

namespace SoftrLite.Storage;

/// <summary>
/// A database file's format history, one step per version (see <see cref="FormatVersion.Database"/>); a file written by
/// an older build is brought up to date when it is opened.
/// </summary>
internal static class DatabaseMigrations
{
    public static IReadOnlyList<FormatMigration> All { get; } =
    [
        new(1, "the journal of committed writes (_journal), for undo, redo and record history", (c, t) => JournalStore.Create(c, t, SqliteDialect.Instance)),
    ];
}
