using Microsoft.Data.Sqlite;

namespace SoftrLite.Storage;

/// <summary>
/// SQL functions the engine's statements use. <c>softr_fold(text)</c> folds case for every script, not only ASCII
/// as SQLite's own <c>lower()</c> and <c>LIKE</c> do: text filters and sorts ignore case through it.
/// <c>softr_eval(id, …)</c> calls a function a read registered in the store's <see cref="SqlEvaluators"/>.
/// </summary>
internal static class SqlFunctions
{
    public static void Register(SqliteConnection connection, SqlEvaluators? evaluators)
    {
        connection.CreateFunction("softr_fold", (string? text) => text?.ToLowerInvariant(), isDeterministic: true);
        if (evaluators is not null)
        {
            connection.CreateFunction("softr_eval", (object?[] arguments) => evaluators.Invoke(arguments), isDeterministic: false);
        }
    }
}
