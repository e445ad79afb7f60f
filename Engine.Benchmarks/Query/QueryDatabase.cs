using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SoftrLite.Benchmarks.Records;
using SoftrLite.Benchmarks.Storage;

namespace SoftrLite.Benchmarks.Query;

/// <summary>
/// An on-disk engine database holding one <see cref="QueryTable"/> of a given size, built through the engine, and
/// a baseline connection to the same file: WAL, one open connection, <c>softr_fold</c> registered exactly as the
/// engine registers it (invariant lower-casing), so both sides run the same SQL functions.
/// </summary>
internal sealed class QueryDatabase : IDisposable
{
    private QueryDatabase(string directory, SoftrEngine engine, DatabaseId database, Table table, SqliteConnection raw)
    {
        Directory = directory;
        Engine = engine;
        Database = database;
        Table = table;
        Raw = raw;
        DataTable = "t" + RawSchema.TableNum(raw, table.Id).ToString(CultureInfo.InvariantCulture);
        var columns = table.Fields.Select(f => RawSchema.Column(raw, table.Id, f.Id)).ToArray();
        NameColumn = columns[0];
        AmountColumn = columns[1];
        CategoryColumn = columns[2];
        SelectList = "_rk, _id, _created_at, _updated_at, _created_by, _updated_by, _autonumber, " + string.Join(", ", columns);
    }

    public string Directory { get; }

    public SoftrEngine Engine { get; }

    public DatabaseId Database { get; }

    public Table Table { get; }

    public SqliteConnection Raw { get; }

    /// <summary>The data table's name, e.g. <c>t1</c>.</summary>
    public string DataTable { get; }

    public string NameColumn { get; }

    public string AmountColumn { get; }

    public string CategoryColumn { get; }

    /// <summary>The engine's select list of a row: system columns, then the field columns.</summary>
    public string SelectList { get; }

    /// <summary>The WHERE clause the engine builds for <see cref="QueryTable.Filter"/>, over the alias <c>t</c>.</summary>
    public string Where =>
        $"((t.{AmountColumn} >= $low AND t.{AmountColumn} <= $high) AND (softr_fold(t.{CategoryColumn}) = softr_fold($category)))";

    /// <summary>Builds the table of <paramref name="records"/> rows in a fresh temporary folder; prints how long it took.</summary>
    public static QueryDatabase Build(int records)
    {
        var clock = Stopwatch.StartNew();
        var directory = BenchDirectory.Create();
        var engine = SoftrEngine.Open(directory, new SoftrEngineOptions { IdSeed = 1 });
        var database = engine.Databases.Create(engine.Workspaces.Default.Id, "Bench").Id;
        var table = QueryTable.Fill(engine, database, records);
        var raw = RawRecordSql.OpenWal(BenchDirectory.DatabaseFile(directory, database));
        raw.CreateFunction("softr_fold", (string? text) => text?.ToLowerInvariant(), isDeterministic: true);
        Console.WriteLine($"// Built {records:N0} records through CreateMany in {clock.Elapsed.TotalSeconds:F1} s.");
        return new QueryDatabase(directory, engine, database, table, raw);
    }

    /// <summary>A prepared baseline command with <c>$low</c>, <c>$high</c> and <c>$category</c> bound to the benchmark filter.</summary>
    public SqliteCommand Prepare(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = RawSql.Command(Raw, null, sql, parameters);
        if (sql.Contains("$low", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("$low", QueryTable.Low);
            command.Parameters.AddWithValue("$high", QueryTable.High);
            command.Parameters.AddWithValue("$category", QueryTable.Wanted);
        }

        command.Prepare();
        return command;
    }

    /// <summary>Prints SQLite's plan for a statement, one line per step.</summary>
    public void PrintPlan(string label, string sql)
    {
        // EXPLAIN starts no read transaction, so it would plan with a schema cached before a new index: a
        // statement that does read first makes the connection load the current schema.
        RawSql.Scalar(Raw, null, "SELECT count(*) FROM sqlite_schema");
        using var command = Prepare("EXPLAIN QUERY PLAN " + sql);
        using var reader = command.ExecuteReader();
        Console.WriteLine($"// EXPLAIN QUERY PLAN ({label}): {sql}");
        while (reader.Read())
        {
            Console.WriteLine($"//   {reader.GetString(3)}");
        }
    }

    /// <summary>Indexes Amount through the engine (<c>Fields.AddIndex</c>).</summary>
    public void IndexAmount() => Engine.Fields.AddIndex(Database, Table.Id, Table.Fields[1].Id);

    /// <summary>Checks that an engine page holds exactly the baseline's rows, in the same order.</summary>
    public static void CheckSame(IReadOnlyList<Record> engine, IReadOnlyList<QueryRow> raw, Table table, string what)
    {
        if (engine.Count != raw.Count || raw.Count == 0 || !raw.Zip(engine).All(p => p.First.Matches(p.Second, table)))
        {
            throw new InvalidOperationException($"{what}: the engine returned {engine.Count} records, the baseline {raw.Count} rows, or they differ.");
        }
    }

    public void Dispose()
    {
        Raw.Dispose();
        Engine.Dispose();
        BenchDirectory.Delete(Directory);
    }
}
