using System.Data.Common;
using SoftrLite.Compiled;
using SoftrLite.Storage;

namespace SoftrLite.Query;

/// <summary>
/// Walks link tables: for a set of records on one side of a LINKED_RECORD field, the records they link to on the
/// other side, in link order — optionally only those a ROLLUP's filter keeps.
/// </summary>
internal static class LinkedRowsQuery
{
    /// <summary>For each of <paramref name="rowKeys"/> (records of the link field's table), its linked row keys in link order.</summary>
    public static Dictionary<long, List<long>> Forward(
        ReadScope s, LinkModel link, TableModel linked, IReadOnlyCollection<long> rowKeys, string? filterSql = null, SqlParameters? parameters = null) =>
        Pairs(s, link.Junction, link.SelfColumn, link.OtherColumn, linked.Num, rowKeys, $"j0.{link.OtherColumn}", filterSql, parameters, r => r.GetInt64(1));

    /// <summary>
    /// For each of <paramref name="rowKeys"/>, the stored value of <paramref name="target"/> in each linked record, in
    /// link order: one narrow query instead of reading whole linked records (what keeps rollups over many records cheap).
    /// </summary>
    public static Dictionary<long, List<StoredValue>> ForwardValues(
        ReadScope s, LinkModel link, TableModel linked, FieldModel target, IReadOnlyCollection<long> rowKeys, string? filterSql, SqlParameters? parameters) =>
        Pairs(s, link.Junction, link.SelfColumn, link.OtherColumn, linked.Num, rowKeys, FilterTarget.ColumnOf(target), filterSql, parameters, r => RecordStore.ReadValue(r, 1));

    /// <summary>For each of <paramref name="rowKeys"/> (records of the linked table), the records of the link field's table linking to it.</summary>
    public static Dictionary<long, List<long>> Backward(ReadScope s, LinkModel link, TableModel owner, IReadOnlyCollection<long> rowKeys) =>
        Pairs(s, link.Junction, link.OtherColumn, link.SelfColumn, owner.Num, rowKeys, $"j0.{link.SelfColumn}", null, null, r => r.GetInt64(1));

    private static Dictionary<long, List<T>> Pairs<T>(
        ReadScope s,
        long junction,
        string from,
        string to,
        long toTable,
        IReadOnlyCollection<long> rowKeys,
        string selected,
        string? filterSql,
        SqlParameters? parameters,
        Func<DbDataReader, T> read)
    {
        var result = new Dictionary<long, List<T>>();
        if (rowKeys.Count == 0)
        {
            return result;
        }

        var where = filterSql is null ? string.Empty : " AND " + filterSql;
        var sql =
            $"""
            SELECT j0.{from}, {selected}
            FROM {SqlNames.Junction(junction)} j0 JOIN {SqlNames.DataTable(toTable)} {FilterTarget.TableAlias} ON {FilterTarget.TableAlias}._rk = j0.{to}
            WHERE j0.{from} IN ({s.Dialect.IntegerValues("@keys")}){where}
            ORDER BY j0.{from}, j0.rk
            """;
        var keys = new KeyValuePair<string, object>("@keys", System.Text.Json.JsonSerializer.Serialize(rowKeys));
        var statement = parameters is null ? new SqlStatement(sql, [keys]) : parameters.Statement(sql, keys);
        s.Each(statement, reader =>
        {
            var key = reader.GetInt64(0);
            if (!result.TryGetValue(key, out var list))
            {
                result[key] = list = [];
            }

            list.Add(read(reader));
        });

        return result;
    }
}
