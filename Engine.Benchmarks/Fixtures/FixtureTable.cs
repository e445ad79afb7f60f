using System.Globalization;
using Microsoft.Data.Sqlite;

namespace SoftrLite.Benchmarks.Fixtures;

/// <summary>
/// The table the fixture benchmarks use: Name, Notes (text), Price (number), Quantity (whole number), Done (checkbox);
/// the engine's version and a hand-written STRICT table of the same shape for the raw baselines.
/// </summary>
internal static class FixtureTable
{
    public const int Records = 10_000;

    public static NewTable Table() => new("Items")
    {
        Fields =
        [
            new NewField("Name", FieldTypeNames.SingleLineText),
            new NewField("Notes", FieldTypeNames.LongText),
            new NewField("Price", FieldTypeNames.Number),
            new NewField("Quantity", FieldTypeNames.Number) { Options = System.Text.Json.JsonElement.Parse("""{"precision":0}""") },
            new NewField("Done", FieldTypeNames.Checkbox),
        ],
    };

    public static IReadOnlyDictionary<string, object?> Values(int i) => new Dictionary<string, object?>
    {
        ["Name"] = "Item " + i.ToString(CultureInfo.InvariantCulture),
        ["Notes"] = "Some notes about item " + i.ToString(CultureInfo.InvariantCulture),
        ["Price"] = i * 1.25,
        ["Quantity"] = i % 100,
        ["Done"] = i % 2 == 0,
    };

    /// <summary>An engine (in memory) holding one database with the table and <see cref="Records"/> records.</summary>
    public static (SoftrEngine Engine, DatabaseId Database, TableId Table) Engine()
    {
        var engine = SoftrEngine.OpenInMemory(new SoftrEngineOptions { IdSeed = 1 });
        var database = engine.Databases.Create(engine.Workspaces.Default.Id, "Bench").Id;
        var table = engine.Tables.Create(database, Table()).Id;
        engine.Records.CreateMany(database, table, Enumerable.Range(0, Records).Select(Values));
        return (engine, database, table);
    }

    /// <summary>A private in-memory SQLite database with the raw table, empty.</summary>
    public static SqliteConnection RawDatabase()
    {
        var connection = new SqliteConnection("Data Source=:memory:;Pooling=False");
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = """
            CREATE TABLE t1(_rk INTEGER PRIMARY KEY, _id TEXT NOT NULL UNIQUE, _created_at INTEGER NOT NULL, _updated_at INTEGER NOT NULL,
                _created_by TEXT, _updated_by TEXT, _autonumber INTEGER NOT NULL, f1 TEXT, f2 TEXT, f3 REAL, f4 REAL, f5 INTEGER) STRICT
            """;
        create.ExecuteNonQuery();
        return connection;
    }

    /// <summary>Inserts rows with a prepared command in one transaction.</summary>
    public static void RawInsert(SqliteConnection connection, IEnumerable<(string Id, string Name, string Notes, double Price, long Quantity, bool Done)> rows)
    {
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO t1(_id, _created_at, _updated_at, _autonumber, f1, f2, f3, f4, f5) VALUES ($id, $now, $now, $n, $a, $b, $c, $d, $e)";
        var parameters = new[] { "$id", "$now", "$n", "$a", "$b", "$c", "$d", "$e" }.Select(n => insert.Parameters.Add(new SqliteParameter(n, null))).ToArray();
        insert.Prepare();
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var number = 0L;
        foreach (var row in rows)
        {
            parameters[0].Value = row.Id;
            parameters[1].Value = now;
            parameters[2].Value = ++number;
            parameters[3].Value = row.Name;
            parameters[4].Value = row.Notes;
            parameters[5].Value = row.Price;
            parameters[6].Value = row.Quantity;
            parameters[7].Value = row.Done ? 1 : 0;
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public static IEnumerable<(string Id, string Name, string Notes, double Price, long Quantity, bool Done)> RawRows() =>
        Enumerable.Range(0, Records).Select(i => (
            "rec" + i.ToString("D11", CultureInfo.InvariantCulture),
            "Item " + i.ToString(CultureInfo.InvariantCulture),
            "Some notes about item " + i.ToString(CultureInfo.InvariantCulture),
            i * 1.25,
            (long)(i % 100),
            i % 2 == 0));
}
