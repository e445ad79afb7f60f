using System.Text;
using Microsoft.Data.Sqlite;

namespace SoftrLite.Storage;

/// <summary>
/// Whole rows of the schema's metadata tables (<c>_tables</c>, <c>_fields</c>) for the journal: read all of them, and
/// write one back by its number, so an undone schema change puts names, descriptions and options back exactly. A table's
/// autonumber counter is left out: record writes move it, and numbers are never handed out twice.
/// </summary>
internal static class MetadataStore
{
    /// <summary>The number standing for <c>_tables</c> in a <see cref="RowChange"/> (data tables have positive numbers).</summary>
    public const long Tables = -1;

    /// <summary>The number standing for <c>_fields</c> in a <see cref="RowChange"/>.</summary>
    public const long Fields = -2;

    private static readonly string[] TableColumns = ["id", "name", "description", "primary_field_id", "default_view_id", "created_at", "updated_at"];

    private static readonly string[] FieldColumns =
    [
        "table_num", "id", "position", "name", "description", "type", "options", "allow_multiple", "read_only", "required", "locked",
        "default_value", "ai_options", "link_junction", "link_side", "created_at", "updated_at",
    ];

    /// <summary>The place in a <see cref="Fields"/> row of the columns that say where a field's data lives.</summary>
    public static IReadOnlyList<int> FieldStructure { get; } = [0, 5, 13, 14];

    /// <summary>The place of the ID in a row of either table.</summary>
    public static int IdIndex(long table) => table == Tables ? 0 : 1;

    /// <summary>Every row of <c>_tables</c> and <c>_fields</c>, by number.</summary>
    public static Dictionary<(long Table, long Num), StoredValue[]> ReadAll(ReadScope s)
    {
        var rows = new Dictionary<(long, long), StoredValue[]>();
        foreach (var table in new[] { Tables, Fields })
        {
            var columns = ColumnsOf(table);
            using var reader = s.Statement($"SELECT num, {string.Join(", ", columns)} FROM {NameOf(table)}").ExecuteReader();
            while (reader.Read())
            {
                var row = new StoredValue[columns.Length];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = RecordStore.ReadValue(reader, i + 1);
                }

                rows[(table, reader.GetInt64(0))] = row;
            }
        }

        return rows;
    }

    /// <summary>One row by its number, or <see langword="null"/>.</summary>
    public static StoredValue[]? Read(ReadScope s, long table, long num)
    {
        var columns = ColumnsOf(table);
        var command = s.Statement($"SELECT {string.Join(", ", columns)} FROM {NameOf(table)} WHERE num = @num", ["@num"]);
        command.Parameters[0].Value = num;
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var row = new StoredValue[columns.Length];
        for (var i = 0; i < row.Length; i++)
        {
            row[i] = RecordStore.ReadValue(reader, i);
        }

        return row;
    }

    /// <summary>Writes a row back over the row of its number.</summary>
    public static void Write(WriteScope s, long table, long num, StoredValue[] row)
    {
        var columns = ColumnsOf(table);
        var sets = new StringBuilder();
        for (var i = 0; i < columns.Length; i++)
        {
            sets.Append(i == 0 ? string.Empty : ", ").Append(columns[i]).Append(" = @c").Append(i);
        }

        var command = s.Statement($"UPDATE {NameOf(table)} SET {sets} WHERE num = @num", ["@num"], columns.Length);
        command.Parameters[0].Value = num;
        for (var i = 0; i < row.Length; i++)
        {
            command.Parameters[1 + i].Value = row[i].ToParameter();
        }

        command.ExecuteNonQuery();
    }

    private static string[] ColumnsOf(long table) => table == Tables ? TableColumns : table == Fields ? FieldColumns
        : throw new ArgumentOutOfRangeException(nameof(table), table, "Not a metadata table.");

    private static string NameOf(long table) => table == Tables ? "_tables" : "_fields";
}
