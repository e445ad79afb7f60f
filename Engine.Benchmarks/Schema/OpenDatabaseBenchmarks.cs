using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using SoftrLite.Benchmarks.Storage;

namespace SoftrLite.Benchmarks.Schema;

/// <summary>
/// Cold open of a data directory on disk whose database holds 100 tables of 5 fields, then a read of the whole
/// schema, then close. The baseline opens the same catalog and database files with plain connections (no
/// pooling, so every open touches the file like the engine's, which clears its pool on dispose), checks the
/// database's catalog row and reads the same <c>_tables</c> and <c>_fields</c> rows into objects.
/// </summary>
[MemoryDiagnoser]
public class OpenDatabaseBenchmarks
{
    private const int TableCount = 100;
    private const int FieldsPerTable = 5;
    private string _directory = "";
    private string _catalogConnectionString = "";
    private string _databaseConnectionString = "";
    private DatabaseId _databaseId;

    /// <summary>Builds the data directory in a fresh temporary folder through the engine, then checks both sides agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "softrlite-bench-" + Guid.NewGuid().ToString("N"));
        using (var engine = SoftrEngine.Open(_directory, new SoftrEngineOptions { IdSeed = 1 }))
        {
            _databaseId = engine.Databases.Create(engine.Workspaces.Default.Id, "Bench").Id;
            for (var t = 0; t < TableCount; t++)
            {
                var fields = Enumerable.Range(0, FieldsPerTable).Select(FieldMix.Request).ToArray();
                engine.Tables.Create(_databaseId, new NewTable("Table " + t) { Fields = fields });
            }
        }

        _catalogConnectionString = ConnectionString(Path.Combine(_directory, "catalog.sqlite"));
        _databaseConnectionString = ConnectionString(Path.Combine(_directory, "databases", _databaseId.Value + ".sqlite"));
        var expected = TableCount * (1 + FieldsPerTable);
        if (Engine() != expected || RawSqlite() != expected)
        {
            throw new InvalidOperationException($"Both sides should read {TableCount} tables of {FieldsPerTable} fields.");
        }
    }

    /// <summary>Deletes the temporary data directory.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>Hand-written SQL: check the catalog row, then read every table and field row.</summary>
    [Benchmark(Baseline = true)]
    public int RawSqlite()
    {
        using (var catalog = new SqliteConnection(_catalogConnectionString))
        {
            catalog.Open();
            using var command = RawSql.Command(catalog, null, RawSql.SelectDatabase, ("$id", _databaseId.Value));
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                throw new InvalidOperationException("The database is not in the catalog.");
            }
        }

        using var connection = new SqliteConnection(_databaseConnectionString);
        connection.Open();
        var tables = ReadTables(connection);
        var byNum = tables.ToDictionary(t => t.Num);
        foreach (var field in ReadFields(connection))
        {
            byNum[field.TableNum].Fields.Add(field);
        }

        return tables.Count + tables.Sum(t => t.Fields.Count);
    }

    /// <summary>The engine: open the directory, list the tables with their fields, dispose.</summary>
    [Benchmark]
    public int Engine()
    {
        using var engine = SoftrEngine.Open(_directory);
        var page = engine.Tables.List(_databaseId, new Paging(0, Paging.MaxLimit));
        return page.Items.Count + page.Items.Sum(t => t.Fields.Count);
    }

    private static string ConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWrite,
        Pooling = false,
    }.ToString();

    private static List<RawTableRow> ReadTables(SqliteConnection connection)
    {
        var tables = new List<RawTableRow>();
        using var command = RawSql.Command(connection, null, RawSql.SelectTables);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            tables.Add(new RawTableRow(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetInt64(6),
                reader.GetInt64(7),
                []));
        }

        return tables;
    }

    private static List<RawFieldRow> ReadFields(SqliteConnection connection)
    {
        var fields = new List<RawFieldRow>();
        using var command = RawSql.Command(connection, null, RawSql.SelectFields);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            fields.Add(new RawFieldRow(
                reader.GetInt64(0),
                reader.GetInt64(1),
                reader.GetString(2),
                reader.GetInt64(3),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.GetString(6),
                reader.GetString(7),
                reader.GetInt64(8) != 0,
                reader.GetInt64(9) != 0,
                reader.GetInt64(10) != 0,
                reader.GetInt64(11) != 0,
                reader.IsDBNull(12) ? null : reader.GetString(12),
                reader.IsDBNull(13) ? null : reader.GetString(13),
                reader.GetInt64(14),
                reader.GetInt64(15)));
        }

        return fields;
    }
}
