using Microsoft.Data.Sqlite;

namespace SoftrLite.Storage;

/// <summary>
/// SQL functions the engine's statements use. <c>softr_fold(text)</c> folds case for every script, not only ASCII
/// as SQLite's own <c>lower()</c> and <c>LIKE</c> do: text filters and sorts ignore case through it.
/// </summary>
internal static class SqlFunctions
{
    public static void Register(SqliteConnection connection) =>
        connection.CreateFunction("softr_fold", (string? text) => text?.ToLowerInvariant(), isDeterministic: true);
}
