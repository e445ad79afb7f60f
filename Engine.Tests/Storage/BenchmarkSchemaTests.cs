using Microsoft.Data.Sqlite;
using SoftrLite.Benchmarks.Fixtures;
using SoftrLite.Benchmarks.Storage;
using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Storage;

/// <summary>
/// The benchmarks' raw baselines write into hand-made tables; these tests keep those tables identical to the engine's
/// (column names, types, NOT NULL and keys), so that a baseline never measures a thinner schema than the engine's.
/// </summary>
public sealed class BenchmarkSchemaTests
{
    /// <summary>The baselines compared here are the SQLite benchmarks' (their tables are SQLite's): the SQLite pass runs these.</summary>
    [SetUp]
    public void SqliteOnly()
    {
        if (TestBackend.IsPostgres)
        {
            Assert.Ignore("compares the SQLite benchmarks' DDL with the engine's SQLite tables; runs in the SQLite pass of scripts/test");
        }
    }

    [TestCase("_tables")]
    [TestCase("_fields")]
    [TestCase("_views")]
    [TestCase("_meta")]
    [TestCase("_journal")]
    public void Raw_metadata_table_matches_the_engine_when_created_by_the_benchmarks(string table)
    {
        using var f = new TestEngine();
        f.Table("Items", TestEngine.Field("Name", FieldTypeNames.SingleLineText));
        using var raw = RawDatabase();

        Assert.That(Columns(raw, table), Is.EqualTo(EngineColumns(f, table)));
    }

    [Test]
    public void Raw_data_table_matches_the_engine_when_created_by_the_benchmarks()
    {
        using var f = new TestEngine();
        var table = f.Table("Items", TestEngine.Field("Name", FieldTypeNames.SingleLineText), TestEngine.Field("Price", FieldTypeNames.Number));
        using var raw = RawDatabase();
        using (var t = raw.BeginTransaction())
        {
            var num = RawSql.InsertTable(raw, t, "tblRaw", "Items", "viwRaw", 0);
            RawSql.CreateDataTable(raw, t, num);
            RawSql.AddColumn(raw, t, num, RawSql.InsertField(raw, t, num, new RawField("fName", "Name", FieldTypeNames.SingleLineText, "TEXT", "{}", false), 0, 0), "TEXT");
            RawSql.AddColumn(raw, t, num, RawSql.InsertField(raw, t, num, new RawField("fPric", "Price", FieldTypeNames.Number, "REAL", "{}", false), 1, 0), "REAL");
            t.Commit();
        }

        Assert.That(Columns(raw, "t1"), Is.EqualTo(EngineColumns(f, DataTableOf(f, table))));
    }

    [Test]
    public void Fixture_benchmark_raw_table_matches_the_engine_table_of_the_same_fields()
    {
        using var f = new TestEngine();
        var table = f.Engine.Tables.Create(f.Db, FixtureTable.Table());
        using var raw = FixtureTable.RawDatabase();

        Assert.That(Columns(raw, "t1"), Is.EqualTo(EngineColumns(f, DataTableOf(f, table))));
    }

    private static SqliteConnection RawDatabase()
    {
        var raw = new SqliteConnection("Data Source=:memory:;Pooling=False");
        raw.Open();
        RawSql.Execute(raw, null, RawSql.CreateMetadata);
        return raw;
    }

    private static string DataTableOf(TestEngine f, Table table) => f.Engine.Context.Store(f.Db).Read(s =>
        "t" + s.Scalar<long>("SELECT num FROM _tables WHERE id = @id", new { id = table.Id.Value }));

    private static List<string> EngineColumns(TestEngine f, string table) =>
        f.Engine.Context.Store(f.Db).Read(s => Columns((SqliteConnection)s.Connection, table));

    /// <summary>Each column as "name type notnull pk", in declaration order.</summary>
    private static List<string> Columns(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}') ORDER BY cid";
        using var reader = command.ExecuteReader();
        var columns = new List<string>();
        while (reader.Read())
        {
            columns.Add($"{reader.GetString(0)} {reader.GetString(1)} {reader.GetInt64(2)} {reader.GetInt64(3)}");
        }

        return columns;
    }
}
