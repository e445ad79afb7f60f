using Microsoft.Data.Sqlite;
using SoftrLite.Benchmarks.Storage;

namespace SoftrLite.Benchmarks.Query;

/// <summary>A <see cref="QueryTable"/> row read by a baseline, decoded as the engine decodes a record's values.</summary>
internal sealed record QueryRow(
    long RowKey,
    string Id,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? Name,
    double? Amount,
    string? Category,
    double? Quantity)
{
    private const int First = RawRecordSql.FirstFieldOrdinal;

    /// <summary>Decodes the current row of the engine's select list: system columns, then the four field columns.</summary>
    public static QueryRow Read(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
        reader.IsDBNull(First) ? null : reader.GetString(First),
        reader.IsDBNull(First + 1) ? null : reader.GetDouble(First + 1),
        reader.IsDBNull(First + 2) ? null : reader.GetString(First + 2),
        reader.IsDBNull(First + 3) ? null : reader.GetDouble(First + 3));

    /// <summary>Runs the command and decodes every row.</summary>
    public static List<QueryRow> ReadAll(SqliteCommand command)
    {
        var rows = new List<QueryRow>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(Read(reader));
        }

        return rows;
    }

    /// <summary>Whether an engine record holds the same ID and values.</summary>
    public bool Matches(Record record, Table table)
    {
        object?[] values = [Name, Amount, Category, Quantity];
        return record.Id.Value == Id
            && record.CreatedAt == CreatedAt
            && table.Fields.Select((f, i) => Equals(record[f.Id], values[i])).All(x => x);
    }
}
