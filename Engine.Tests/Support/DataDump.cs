using System.Text;

namespace SoftrLite.Tests.Support;

/// <summary>
/// A dump of a database's data: every row of every data table (<c>t…</c>: stored values, computed ones included, and the
/// system columns) and of every link table (<c>l…</c>), in row-key order, as text; with <paramref name="everyTable"/>,
/// the metadata tables, counters and journal too.
/// </summary>
internal static class DataDump
{
    public static string Of(SoftrEngine engine, DatabaseId database, bool everyTable = false) => engine.Context.Store(database).Read(s =>
    {
        var text = new StringBuilder();
        var tables = new List<string>();
        using (var list = s.Connection.CreateCommand())
        {
            list.CommandText = everyTable
                ? "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND (name GLOB 't[0-9]*' OR name GLOB 'l[0-9]*') ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            text.Append("## ").AppendLine(table);
            using var rows = s.Connection.CreateCommand();
            rows.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            using var reader = rows.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.GetName(i)).Append('=')
                        .Append(reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append(" | ");
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    });
}
