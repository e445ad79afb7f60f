using System.Text;
using Dapper;
using SoftrLite.Storage.Rows;

namespace SoftrLite.Storage.Readable;

/// <summary>
/// One read-only SQL view per user table, named after it, with one column per field in human form, so that
/// <c>sqlite3</c> or any SQLite tool shows the data by name. The engine owns every view in a database file:
/// <see cref="Refresh"/> makes the file's views exactly the ones the schema calls for.
/// </summary>
internal static class ReadableViews
{
    private const string ChoicesStatement =
        "CREATE VIEW " + ReadableNames.Choices + " AS SELECT m.num AS field, json_extract(c.value, '$.id') AS id, json_extract(c.value, '$.label') AS label "
        + "FROM _fields m, json_each(m.options, '$.choices') c WHERE m.type = 'SELECT'";

    /// <summary>
    /// Brings the views in step with the metadata, inside the caller's transaction. Only views whose SQL changed
    /// are dropped and made again, so a schema write costs one view, not one per table.
    /// </summary>
    public static void Refresh(WriteScope s)
    {
        if (!s.Dialect.HasReadableViews)
        {
            return;
        }

        var (wanted, existing) = Compare(s);
        foreach (var (name, sql) in existing)
        {
            if (!wanted.TryGetValue(name, out var statement) || statement != sql)
            {
                s.Execute($"DROP VIEW {SqlNames.Quote(name)}");
            }
        }

        foreach (var (name, statement) in wanted)
        {
            if (!existing.TryGetValue(name, out var sql) || statement != sql)
            {
                s.Execute(statement);
            }
        }
    }

    /// <summary>Whether the views are in step with the metadata, read without writing (so a read-only file opens).</summary>
    public static bool AreCurrent(ReadScope s)
    {
        if (!s.Dialect.HasReadableViews)
        {
            return true;
        }

        var (wanted, existing) = Compare(s);
        return wanted.Count == existing.Count && wanted.All(v => existing.TryGetValue(v.Key, out var sql) && sql == v.Value);
    }

    private static (Dictionary<string, string> Wanted, Dictionary<string, string> Existing) Compare(ReadScope s) =>
        (Statements(Load(s)),
         s.Query<(string Name, string Sql)>("SELECT name, sql FROM sqlite_master WHERE type = 'view'")
            .ToDictionary(v => v.Name, v => v.Sql, StringComparer.Ordinal));

    /// <summary>
    /// Drops every view. SQLite checks every view when a column is dropped and refuses if one reads a table or
    /// column that is gone, so a write drops them before any DROP TABLE or DROP COLUMN; the write's
    /// <see cref="Refresh"/> makes them again.
    /// </summary>
    public static void DropAll(WriteScope s)
    {
        if (!s.Dialect.HasReadableViews)
        {
            return;
        }

        foreach (var name in s.Query<string>("SELECT name FROM sqlite_master WHERE type = 'view'").AsList())
        {
            s.Execute($"DROP VIEW {SqlNames.Quote(name)}");
        }
    }

    /// <summary>
    /// Drops the views that read a data table, before a column is added to it: SQLite parses every view of the file
    /// again after <c>ALTER TABLE ADD COLUMN</c>, so a view the write will rebuild anyway is better gone first.
    /// </summary>
    public static void DropReading(WriteScope s, long tableNum)
    {
        if (!s.Dialect.HasReadableViews)
        {
            return;
        }

        var table = SqlNames.DataTable(tableNum);
        foreach (var name in s.Query<string>("SELECT name FROM sqlite_master WHERE type = 'view' AND instr(sql, @table) > 0", new { table = table + " " }).AsList())
        {
            s.Execute($"DROP VIEW {SqlNames.Quote(name)}");
        }
    }

    /// <summary>The <c>CREATE VIEW</c> statement of each table's view, by view name.</summary>
    public static Dictionary<string, string> Statements(ReadableSchema schema)
    {
        var names = ReadableNames.Views(schema.Tables.Select(table => (table.Num, table.Name)));
        var statements = new Dictionary<string, string>(StringComparer.Ordinal) { [ReadableNames.Choices] = ChoicesStatement };
        foreach (var table in schema.Tables)
        {
            statements[names[table.Num]] = Statement(names[table.Num], table, schema);
        }

        return statements;
    }

    private static string Statement(string viewName, TableRow table, ReadableSchema schema)
    {
        var fields = schema.FieldsOf(table.Num).ToArray();
        var columns = ReadableNames.Columns(fields.Select(f => f.Name));
        var sql = new StringBuilder("CREATE VIEW ").Append(SqlNames.Quote(viewName)).Append(" AS SELECT x._id AS ").Append(SqlNames.Quote(columns.Id));
        for (var i = 0; i < fields.Length; i++)
        {
            sql.Append(", ").Append(ReadableValues.Of(fields[i], "x", schema, withLinks: true)).Append(" AS ").Append(SqlNames.Quote(columns.Fields[i]));
        }

        sql.Append(", ").Append(ReadableValues.Instant("x._created_at")).Append(" AS ").Append(SqlNames.Quote(columns.CreatedAt));
        sql.Append(", ").Append(ReadableValues.Instant("x._updated_at")).Append(" AS ").Append(SqlNames.Quote(columns.UpdatedAt));
        return sql.Append(" FROM ").Append(SqlNames.DataTable(table.Num)).Append(" x ORDER BY x._rk").ToString();
    }

    private static ReadableSchema Load(ReadScope s)
    {
        var columns = s.Query<(string Table, string Column)>(
                "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name GLOB 't[0-9]*' AND p.name GLOB 'f[0-9]*'")
            .Select(r => (long.Parse(r.Table.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture), long.Parse(r.Column.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture)));
        return new ReadableSchema(DatabaseStore.ListTables(s), DatabaseStore.ListFields(s), columns);
    }
}
