using System.Globalization;
using Microsoft.Data.Sqlite;

namespace SoftrLite.Benchmarks.Storage;

/// <summary>Reads the internal numbers the engine gave a table, a field and a link, so baselines can name their SQL objects.</summary>
internal static class RawSchema
{
    /// <summary>The number of a table; its data table is <c>t{num}</c>.</summary>
    public static long TableNum(SqliteConnection c, TableId table) =>
        RawSql.Scalar(c, null, "SELECT num FROM _tables WHERE id = $id", ("$id", table.Value));

    /// <summary>The column of a field, e.g. <c>f3</c>.</summary>
    public static string Column(SqliteConnection c, TableId table, FieldId field) =>
        "f" + RawSql.Scalar(
            c,
            null,
            "SELECT f.num FROM _fields f JOIN _tables t ON t.num = f.table_num WHERE t.id = $table AND f.id = $field",
            ("$table", table.Value),
            ("$field", field.Value)).ToString(CultureInfo.InvariantCulture);

    /// <summary>A LINKED_RECORD field's link table (<c>l{num}</c>) and the column holding this table's side (<c>a</c> or <c>b</c>).</summary>
    public static (string Junction, string SelfColumn, string OtherColumn) Link(SqliteConnection c, TableId table, FieldId field)
    {
        using var command = RawSql.Command(
            c,
            null,
            "SELECT f.link_junction, f.link_side FROM _fields f JOIN _tables t ON t.num = f.table_num WHERE t.id = $table AND f.id = $field",
            ("$table", table.Value),
            ("$field", field.Value));
        using var reader = command.ExecuteReader();
        if (!reader.Read() || reader.IsDBNull(0))
        {
            throw new InvalidOperationException($"Field {field} is not a link.");
        }

        var selfIsA = reader.GetInt64(1) == 0;
        return ("l" + reader.GetInt64(0).ToString(CultureInfo.InvariantCulture), selfIsA ? "a" : "b", selfIsA ? "b" : "a");
    }
}
