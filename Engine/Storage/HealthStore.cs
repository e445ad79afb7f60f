using Dapper;
using Microsoft.Data.Sqlite;

namespace SoftrLite.Storage;

/// <summary>The SQL of a database health check: SQLite's own integrity check, link rows that point nowhere, raw columns.</summary>
internal static class HealthStore
{
    /// <summary>What <c>PRAGMA integrity_check</c> reports; empty when the file is sound.</summary>
    public static IReadOnlyList<string> IntegrityProblems(WriteScope s) =>
        s.Dialect.IntegrityCheck is { } check ? s.Query<string>(check).Where(line => line != "ok").ToArray() : [];

    /// <summary>How many rows of a link table name a row that its side's table does not hold.</summary>
    public static long DanglingLinks(WriteScope s, long junction, long tableA, long tableB) =>
        s.Scalar<long>(
            $"SELECT count(*) FROM {SqlNames.Junction(junction)} WHERE a NOT IN (SELECT _rk FROM {SqlNames.DataTable(tableA)}) OR b NOT IN (SELECT _rk FROM {SqlNames.DataTable(tableB)})");

    /// <summary>The stored values of some columns of every row, by row key, as SQLite holds them.</summary>
    public static Dictionary<long, object?[]> ReadColumns(WriteScope s, long table, IReadOnlyList<long> columns)
    {
        using var command = s.Connection.CreateCommand();
        command.Transaction = s.Transaction;
        command.CommandText = $"{s.Tag}SELECT _rk{string.Concat(columns.Select(n => ", " + SqlNames.Column(n)))} FROM {SqlNames.DataTable(table)}";
        var rows = new Dictionary<long, object?[]>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var values = new object?[columns.Count];
            for (var i = 0; i < values.Length; i++)
            {
                var value = RecordStore.ReadValue(reader, i + 1);
                values[i] = value.IsEmpty ? null : value.ToParameter();
            }

            rows[reader.GetInt64(0)] = values;
        }

        return rows;
    }

    /// <summary>The record ID of a row, for messages.</summary>
    public static string? RecordIdOf(WriteScope s, long table, long rowKey) =>
        s.Scalar<string?>($"SELECT _id FROM {SqlNames.DataTable(table)} WHERE _rk = @rowKey", new { rowKey });
}
