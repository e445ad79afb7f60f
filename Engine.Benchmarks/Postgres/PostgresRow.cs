using Npgsql;

namespace SoftrLite.Benchmarks.Postgres;

/// <summary>A <see cref="PostgresTable"/> row read by a baseline, decoded as the engine decodes a record's values.</summary>
internal sealed record PostgresRow(
    long RowKey,
    string Id,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? Name,
    double? Amount,
    DateOnly? Due)
{
    private const int First = 7;

    /// <summary>Decodes the current row of the engine's select list: system columns, then the three field columns.</summary>
    public static PostgresRow Read(NpgsqlDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
        reader.IsDBNull(First) ? null : reader.GetString(First),
        reader.IsDBNull(First + 1) ? null : reader.GetDouble(First + 1),
        reader.IsDBNull(First + 2) ? null : DateOnly.ParseExact(reader.GetString(First + 2), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Runs the command and decodes every row.</summary>
    public static List<PostgresRow> ReadAll(NpgsqlCommand command)
    {
        var rows = new List<PostgresRow>();
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
        object?[] values = [Name, Amount, Due];
        return record.Id.Value == Id
            && record.CreatedAt == CreatedAt
            && table.Fields.Select((f, i) => Equals(record[f.Id], values[i])).All(x => x);
    }
}
