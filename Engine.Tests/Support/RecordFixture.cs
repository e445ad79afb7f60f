using System.Text;
using System.Text.Json;

namespace SoftrLite.Tests.Support;

/// <summary>An in-memory engine with one database, for record tests; plus a dump of every row of the database file.</summary>
internal sealed class RecordFixture : IDisposable
{
    public RecordFixture(SoftrEngineOptions? options = null)
    {
        Engine = SoftrEngine.OpenInMemory(options ?? new SoftrEngineOptions { IdSeed = 7 });
        Database = Engine.Databases.Create(Engine.Workspaces.Default.Id, "Test");
    }

    public SoftrEngine Engine { get; }

    public Database Database { get; }

    public DatabaseId Db => Database.Id;

    public Table Table(string name, params NewField[] fields) =>
        Engine.Tables.Create(Db, new NewTable(name) { Fields = fields });

    public static NewField Field(string name, string type, string? options = null) =>
        new(name, type) { Options = options is null ? null : JsonElement.Parse(options) };

    public Record Create(Table table, params (string Key, object? Value)[] values) =>
        Engine.Records.Create(Db, table.Id, Values(values));

    public Record Update(Table table, Record record, params (string Key, object? Value)[] values) =>
        Engine.Records.Update(Db, table.Id, record.Id, Values(values));

    public Record Get(Table table, Record record) => Engine.Records.Get(Db, table.Id, record.Id);

    public static Dictionary<string, object?> Values(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value);

    /// <summary>Every row of every table of the database file (metadata, data, link tables, counters), as text.</summary>
    public string Dump() => Engine.Context.Store(Db).Read(s =>
    {
        var text = new StringBuilder();
        var tables = new List<string>();
        using (var list = s.Connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
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
                    text.Append(reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append(" | ");
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    });

    public void Dispose() => Engine.Dispose();
}
