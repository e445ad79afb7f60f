using System.Globalization;
using Microsoft.Data.Sqlite;
using SoftrLite.Benchmarks.Storage;

namespace SoftrLite.Benchmarks.Records;

/// <summary>
/// Decodes rows of the engine's select list into <see cref="RawItem"/>s with the work the engine does per value:
/// strings, doubles, 0/1 to a boolean, the date text to a <see cref="DateOnly"/>, the choice ID to its choice (ID and label),
/// millisecond timestamps to <see cref="DateTimeOffset"/>s; every field column may be NULL.
/// </summary>
internal sealed class RawItemReader(IReadOnlyDictionary<string, string> labelsById)
{
    private const int First = RawRecordSql.FirstFieldOrdinal;

    public List<RawItem> ReadAll(SqliteCommand command)
    {
        var items = new List<RawItem>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            items.Add(Read(reader));
        }

        return items;
    }

    public RawItem Read(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
        Text(reader, First),
        Text(reader, First + 1),
        Text(reader, First + 2),
        reader.IsDBNull(First + 3) ? null : reader.GetDouble(First + 3),
        reader.IsDBNull(First + 4) ? null : reader.GetDouble(First + 4),
        reader.IsDBNull(First + 5) ? null : reader.GetInt64(First + 5) != 0,
        reader.IsDBNull(First + RecordMix.DateOrdinal)
            ? null
            : DateOnly.ParseExact(reader.GetString(First + RecordMix.DateOrdinal), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        reader.IsDBNull(First + RecordMix.StatusOrdinal) ? null : Choice(reader.GetString(First + RecordMix.StatusOrdinal)),
        Text(reader, First + 8),
        reader.IsDBNull(First + 9) ? null : reader.GetInt64(First + 9));

    // A select value reads as its choice, ID and label, as the engine's does.
    private SelectChoice? Choice(string id) => labelsById.TryGetValue(id, out var label) ? new SelectChoice(id, label) : null;

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
