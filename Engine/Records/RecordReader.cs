using Microsoft.Data.Sqlite;
using SoftrLite.Records.Model;

namespace SoftrLite.Records;

/// <summary>Turns the rows a command selects into records, loading their links in one query per link field.</summary>
internal static class RecordReader
{
    public static IReadOnlyList<Record> Read(SqliteCommand rows, SqliteTransaction? t, RecordCodec codec, DatabaseModel model, TimeZoneInfo timeZone) =>
        ReadKeyed(rows, t, codec, model, timeZone).ConvertAll(r => r.Record);

    /// <summary>As <see cref="Read"/>, with each record's row key.</summary>
    public static List<(long RowKey, Record Record)> ReadKeyed(SqliteCommand rows, SqliteTransaction? t, RecordCodec codec, DatabaseModel model, TimeZoneInfo timeZone, bool loadLinks = true)
    {
        var decoded = new List<DecodedRow>();
        using (var reader = rows.ExecuteReader())
        {
            while (reader.Read())
            {
                decoded.Add(codec.Decode(reader));
            }
        }

        var links = codec.Table.Links.Count == 0 || !loadLinks
            ? LinkValues.Empty
            : LinkValues.Load(rows.Connection!, t, codec.Table, model, timeZone, decoded.ConvertAll(r => r.RowKey));
        return decoded.ConvertAll(row => (row.RowKey, codec.Finish(row, links)));
    }
}
