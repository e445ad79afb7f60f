using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using SoftrLite.Benchmarks.Storage;
using SoftrLite.Benchmarks.Regression;

namespace SoftrLite.Benchmarks.Schema;

/// <summary>
/// Adds 100 fields of mixed types (text, number, select with choices, checkbox, date) one at a time to a fresh
/// in-memory table, each in its own transaction. Times are per field. An iteration does this in
/// <see cref="Rounds"/> separate fresh databases, so it lasts long enough to time well without one table
/// growing past 100 fields. The baseline does the writes the engine does for each field (metadata row,
/// <c>ALTER TABLE ADD COLUMN</c>, table timestamp) on memdb connections like the engine's in-memory store,
/// without the engine's schema load and option validation.
/// </summary>
[MemoryDiagnoser]
public class AddFieldsBenchmarks
{
    private const int FieldCount = 100;
    private const int FullRounds = 15;
    private const int Operations = FullRounds * FieldCount;
    private static readonly int Rounds = BenchScale.Of(FullRounds);
    private const int ColumnsBeforeFields = 8;
    private readonly NewField[] _requests = Enumerable.Range(1, FieldCount).Select(FieldMix.Request).ToArray();
    private readonly RawField[] _rows = Enumerable.Range(1, FieldCount).Select(FieldMix.Row).ToArray();
    private readonly List<SqliteConnection> _connections = [];
    private readonly List<(DatabaseId Database, TableId Table)> _tables = [];
    private SoftrEngine? _engine;

    /// <summary>Fresh memdb connections, each with the metadata tables and one table made as the engine makes them.</summary>
    [IterationSetup(Target = nameof(RawSqlite))]
    public void SetupRaw()
    {
        for (var r = 0; r < Rounds; r++)
        {
            var builder = new SqliteConnectionStringBuilder
            {
                DataSource = $"file:/softrlite-bench-{Guid.NewGuid():N}?vfs=memdb",
                Pooling = false,
            };
            var connection = new SqliteConnection(builder.ToString());
            connection.Open();
            _connections.Add(connection);
            CreateTable(connection);
        }
    }

    /// <summary>Checks that every column was added, then closes the connections (which frees the memdb databases).</summary>
    [IterationCleanup(Target = nameof(RawSqlite))]
    public void CleanupRaw()
    {
        foreach (var connection in _connections)
        {
            var columns = RawSql.Scalar(connection, null, "SELECT count(*) FROM pragma_table_info('t1')");
            connection.Dispose();
            Check(columns, ColumnsBeforeFields + FieldCount);
        }

        _connections.Clear();
    }

    /// <summary>A fresh in-memory engine with fresh databases holding one table each (its primary field only).</summary>
    [IterationSetup(Target = nameof(Engine))]
    public void SetupEngine()
    {
        _engine = SoftrEngine.OpenInMemory(new SoftrEngineOptions { IdSeed = 1 });
        for (var r = 0; r < Rounds; r++)
        {
            var database = _engine.Databases.Create(_engine.Workspaces.Default.Id, "Bench " + r).Id;
            _tables.Add((database, _engine.Tables.Create(database, new NewTable("Items")).Id));
        }
    }

    /// <summary>Checks that every field was added, then disposes the engine.</summary>
    [IterationCleanup(Target = nameof(Engine))]
    public void CleanupEngine()
    {
        var engine = _engine ?? throw new InvalidOperationException("No engine.");
        foreach (var (database, table) in _tables)
        {
            Check(engine.Tables.Get(database, table).Fields.Count, 1 + FieldCount);
        }

        engine.Dispose();
        _engine = null;
        _tables.Clear();
    }

    /// <summary>Hand-written SQL: per field, one transaction with the metadata row, the column and the table's timestamp.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Operations)]
    public int RawSqlite()
    {
        const long tableNum = 1;
        var added = 0;
        foreach (var connection in _connections)
        {
            for (var i = 0; i < FieldCount; i++)
            {
                var field = _rows[i];
                using var transaction = connection.BeginTransaction(deferred: false);
                var now = RawSql.Now();
                var num = RawSql.InsertField(connection, transaction, tableNum, field, i + 1, now);
                RawSql.AddColumn(connection, transaction, tableNum, num, field.SqlType);
                RawSql.TouchTable(connection, transaction, tableNum, now);
                transaction.Commit();
                added += num > 0 ? 1 : 0;
            }
        }

        return added;
    }

    /// <summary>The engine: <c>Fields.Add</c> once per field.</summary>
    [Benchmark(OperationsPerInvoke = Operations)]
    public int Engine()
    {
        var engine = _engine ?? throw new InvalidOperationException("No engine.");
        var added = 0;
        foreach (var (database, table) in _tables)
        {
            for (var i = 0; i < FieldCount; i++)
            {
                var field = engine.Fields.Add(database, table, _requests[i]);
                added += field.Id.Value.Length > 0 ? 1 : 0;
            }
        }

        return added;
    }

    // The engine's table create: metadata tables, then in one transaction the table row, its data table,
    // the primary field with its column, the primary field ID and the default view.
    private static void CreateTable(SqliteConnection connection)
    {
        using (var transaction = connection.BeginTransaction(deferred: false))
        {
            RawSql.Execute(connection, transaction, RawSql.CreateMetadata);
            transaction.Commit();
        }

        using (var transaction = connection.BeginTransaction(deferred: false))
        {
            var now = RawSql.Now();
            var primary = new RawField("pName", "Name", FieldTypeNames.SingleLineText, "TEXT", "{}", false);
            var tableNum = RawSql.InsertTable(connection, transaction, "tblBenchItems0", "Items", "viwBenchItems0", now);
            RawSql.CreateDataTable(connection, transaction, tableNum);
            var fieldNum = RawSql.InsertField(connection, transaction, tableNum, primary, 0, now);
            RawSql.AddColumn(connection, transaction, tableNum, fieldNum, primary.SqlType);
            RawSql.SetPrimaryField(connection, transaction, tableNum, primary.Id, now);
            RawSql.InsertView(connection, transaction, tableNum, "viwBenchItems0", "Grid view", now);
            transaction.Commit();
            Check(tableNum, 1);
        }
    }

    private static void Check(long actual, long expected)
    {
        if (actual != expected)
        {
            throw new InvalidOperationException($"Expected {expected}; got {actual}.");
        }
    }
}
