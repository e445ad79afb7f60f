using System.Data.Common;
using System.Text.Json;

namespace SoftrLite.Storage;

/// <summary>The reads of record rows: whole rows by ID, by key, by a built statement, and the links of records.</summary>
internal static partial class RecordStore
{
    /// <summary>
    /// The whole rows of some record IDs, by ID, in one statement (one ID: the shape's prepared read by ID); IDs the table
    /// does not have are left out. A write that changes rows reads them here once: for their keys, their journal images
    /// and the records it answers with.
    /// </summary>
    public static Dictionary<string, RowValues> RowsByIds(ReadScope s, RowShape shape, IReadOnlySet<string> ids)
    {
        DbCommand command;
        if (ids.Count == 1)
        {
            command = s.Statement(shape.ById, ["@id"]);
            command.Parameters[0].Value = ids.First();
        }
        else
        {
            // A join from the list, not IN (list): SQLite then looks each ID up in the _id index as the list gives it,
            // instead of first sorting the list into a temporary index (a third less time per row). The IDs are distinct.
            command = s.Statement($"SELECT {shape.SelectList} FROM ({s.Dialect.TextValues("@ids")}) ids JOIN {SqlNames.DataTable(shape.Table)} ON _id = ids.value", ["@ids"]);
            command.Parameters[0].Value = JsonSerializer.Serialize(ids);
        }

        var rows = new Dictionary<string, RowValues>(ids.Count, StringComparer.Ordinal);
        using var cursor = s.Query(command);
        var storages = shape.Storages;
        var row = new StoredRow(cursor);
        while (cursor.Read())
        {
            var values = new StoredValue[RowValues.SystemCount + storages.Count];
            for (var column = RowColumn.Id; column <= RowColumn.Autonumber; column++)
            {
                values[(int)column] = row.System(column);
            }

            for (var i = 0; i < storages.Count; i++)
            {
                values[RowValues.SystemCount + i] = row.Column(i, storages[i]);
            }

            var read = new RowValues(row.RowKey, values);
            rows[read.Id] = read;
        }

        return rows;
    }

    /// <summary>The row of a record ID (none or one).</summary>
    public static List<T> RowById<T>(ReadScope s, RowShape shape, string id, Func<StoredRow, T> read)
    {
        var command = s.Statement(shape.ById, ["@id"]);
        command.Parameters[0].Value = id;
        return ReadAll(s.Query(command), read);
    }

    /// <summary>
    /// The row of a record ID read with the schema revision, in one statement (so one snapshot, with no transaction around
    /// it): <paramref name="read"/> is given the row only when the revision is <paramref name="revision"/>, the schema the
    /// caller's shape was made for. <see langword="false"/> when the schema has moved on (or the table or a column is gone):
    /// the caller reads again the long way.
    /// </summary>
    public static bool TryRowById(ReadScope s, RowShape shape, long revision, string id, Action<StoredRow?> read)
    {
        RowCursor cursor;
        try
        {
            var command = s.Statement(shape.ByIdWithRevision, ["@id"]);
            command.Parameters[0].Value = id;
            cursor = s.Query(command);
        }
        catch (Exception exception) when (s.Dialect.IsStaleSchema(exception))
        {
            // No such table or column: the cached schema is stale. (The statement runs alone, outside any transaction,
            // so on PostgreSQL too its failure spoils nothing.)
            return false;
        }

        using (cursor)
        {
            if (!cursor.Read() || cursor.Integer(0) != revision)
            {
                return false;
            }

            var row = new StoredRow(cursor, 1);
            read(row.Exists ? row : null);
            return true;
        }
    }

    /// <summary>
    /// Runs a statement whose rows lead with the schema and the data revisions (outside any transaction: one statement
    /// is its own snapshot) and reads its rows when <paramref name="current"/> accepts the revisions of the first one.
    /// Returns <see langword="null"/> when it does not, when no row came back (nothing to tell the revisions by), or when
    /// a table or column is missing (a stale schema); the caller then reads the long way.
    /// </summary>
    public static List<T>? TryRowsAtRevisions<T>(ReadScope s, SqlStatement statement, Func<long, long, bool> current, Func<StoredRow, T> read)
    {
        RowCursor cursor;
        try
        {
            cursor = s.Cursor(statement);
        }
        catch (Exception exception) when (s.Dialect.IsStaleSchema(exception))
        {
            return null;
        }

        using (cursor)
        {
            if (!cursor.Read() || !current(cursor.Integer(0), cursor.Integer(1)))
            {
                return null;
            }

            var rows = new List<T>(statement.ExpectedRows);
            var row = new StoredRow(cursor, 2);
            do
            {
                rows.Add(read(row));
            }
            while (cursor.Read());
            return rows;
        }
    }

    /// <summary>The rows of some row keys, in row-key order.</summary>
    public static List<T> RowsByKeys<T>(ReadScope s, RowShape shape, IEnumerable<long> keys, Func<StoredRow, T> read)
    {
        var command = s.Statement(
            $"SELECT {shape.SelectList} FROM {SqlNames.DataTable(shape.Table)} WHERE _rk IN ({s.Dialect.IntegerValues("@keys")}) ORDER BY _rk",
            ["@keys"]);
        command.Parameters[0].Value = JsonSerializer.Serialize(keys);
        return ReadAll(s.Query(command), read);
    }

    /// <summary>The record IDs of some row keys (rows that do not exist are left out).</summary>
    public static Dictionary<long, string> IdsOf(ReadScope s, long table, IEnumerable<long> keys)
    {
        var command = s.Statement($"SELECT _rk, _id FROM {SqlNames.DataTable(table)} WHERE _rk IN ({s.Dialect.IntegerValues("@keys")})", ["@keys"]);
        command.Parameters[0].Value = JsonSerializer.Serialize(keys);
        var ids = new Dictionary<long, string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids[reader.GetInt64(0)] = reader.GetString(1);
        }

        return ids;
    }

    /// <summary>The rows a built statement selects (its select list is a <see cref="RowShape.SelectList"/>).</summary>
    public static List<T> Rows<T>(ReadScope s, SqlStatement statement, Func<StoredRow, T> read) =>
        ReadAll(s.Cursor(statement), read, statement.ExpectedRows);

    /// <summary>
    /// The links of several records through one link table, in link order: for each, the record's row key, the linked
    /// record's ID and the value of <paramref name="labelColumn"/> (a column of the linked table, or none).
    /// </summary>
    public static void Links(
        ReadScope s, long junction, string selfColumn, string otherColumn, long linkedTable, string? labelColumn, IEnumerable<long> keys, Action<long, string, StoredValue> read)
    {
        var self = SqlNames.JunctionSide(selfColumn);
        var other = SqlNames.JunctionSide(otherColumn);
        var label = labelColumn ?? "NULL";
        var command = s.Statement(
            $"""
            SELECT j.{self}, d._id, d.{label}
            FROM {SqlNames.Junction(junction)} j JOIN {SqlNames.DataTable(linkedTable)} d ON d._rk = j.{other}
            WHERE j.{self} IN ({s.Dialect.IntegerValues("@keys")})
            ORDER BY j.{self}, j.rk
            """,
            ["@keys"]);
        command.Parameters[0].Value = JsonSerializer.Serialize(keys);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            read(reader.GetInt64(0), reader.GetString(1), ReadValue(reader, 2));
        }
    }

    // Reads every row of the cursor, and disposes it.
    private static List<T> ReadAll<T>(RowCursor cursor, Func<StoredRow, T> read, int expected = 0)
    {
        using (cursor)
        {
            var rows = new List<T>(expected);
            var row = new StoredRow(cursor);
            while (cursor.Read())
            {
                rows.Add(read(row));
            }

            return rows;
        }
    }
}
