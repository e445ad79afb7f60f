using Microsoft.Data.Sqlite;
using SoftrLite.Records.Model;

namespace SoftrLite.Records;

/// <summary>Turns the rows a command selects into records, loading their links in one query per link field.</summary>
internal static class RecordReader
{
    public static IReadOnlyList<Record> Read(SqliteCommand rows, SqliteTransaction? t, RecordCodec codec, DatabaseModel model, TimeZoneInfo timeZone)
    {
        var decoded = new List<DecodedRow>();
        using (var reader = rows.ExecuteReader())
        {
            while (reader.Read())
            {
                decoded.Add(codec.Decode(reader));
            }
        }

        if (codec.Table.Links.Count == 0)
        {
            return decoded.ConvertAll(row => codec.Finish(row, LinkValues.Empty));
        }

        var links = LinkValues.Load(rows.Connection!, t, codec.Table, model, timeZone, decoded.ConvertAll(r => r.RowKey));
        return decoded.ConvertAll(row => codec.Finish(row, links));
    }
}
