using SoftrLite.Storage;

namespace SoftrLite.Compiled;

/// <summary>Turns stored rows into records, loading their links in one query per link field.</summary>
internal static class RecordReader
{
    /// <summary>The record of a record ID, or none.</summary>
    public static IReadOnlyList<Record> ById(ReadScope s, RecordCodec codec, DatabaseModel model, TimeZoneInfo timeZone, string id) =>
        Records(s, codec, model, timeZone, RecordStore.RowById(s, codec.Shape, id, codec.Decode));

    /// <summary>The records of some row keys, in row-key order.</summary>
    public static IReadOnlyList<Record> ByKeys(ReadScope s, RecordCodec codec, DatabaseModel model, TimeZoneInfo timeZone, IEnumerable<long> keys) =>
        ByKeysKeyed(s, codec, model, timeZone, keys).ConvertAll(r => r.Record);

    /// <summary>As <see cref="ByKeys"/>, with each record's row key.</summary>
    public static List<(long RowKey, Record Record)> ByKeysKeyed(ReadScope s, RecordCodec codec, DatabaseModel model, TimeZoneInfo timeZone, IEnumerable<long> keys, bool loadLinks = true) =>
        Finish(s, codec, model, timeZone, RecordStore.RowsByKeys(s, codec.Shape, keys, codec.Decode), loadLinks);

    /// <summary>The records a built statement selects (its select list is the codec's row shape), in its order.</summary>
    public static IReadOnlyList<Record> Selected(ReadScope s, RecordCodec codec, DatabaseModel model, TimeZoneInfo timeZone, SqlStatement statement) =>
        codec.Table.Links.Count == 0
            ? RecordStore.Rows(s, statement, row => codec.Finish(codec.Decode(row), LinkValues.Empty))
            : Records(s, codec, model, timeZone, RecordStore.Rows(s, statement, codec.Decode));

    private static List<(long RowKey, Record Record)> Finish(ReadScope s, RecordCodec codec, DatabaseModel model, TimeZoneInfo timeZone, List<DecodedRow> decoded, bool loadLinks)
    {
        var links = Links(s, codec, model, timeZone, decoded, loadLinks);
        return decoded.ConvertAll(row => (row.RowKey, codec.Finish(row, links)));
    }

    private static List<Record> Records(ReadScope s, RecordCodec codec, DatabaseModel model, TimeZoneInfo timeZone, List<DecodedRow> decoded)
    {
        var links = Links(s, codec, model, timeZone, decoded, loadLinks: true);
        var records = new List<Record>(decoded.Count);
        foreach (var row in decoded)
        {
            records.Add(codec.Finish(row, links));
        }

        return records;
    }

    private static LinkValues Links(ReadScope s, RecordCodec codec, DatabaseModel model, TimeZoneInfo timeZone, List<DecodedRow> decoded, bool loadLinks) =>
        codec.Table.Links.Count == 0 || !loadLinks
            ? LinkValues.Empty
            : LinkValues.Load(s, codec.Table, model, timeZone, decoded.ConvertAll(r => r.RowKey));
}
