using BenchmarkDotNet.Attributes;
using Npgsql;
using NpgsqlTypes;
using SoftrLite.Benchmarks.Storage;

namespace SoftrLite.Benchmarks.Postgres;

/// <summary>
/// PostgreSQL: batched inserts of 1,000 <see cref="PostgresTable"/> records per call into a table that grows over the
/// run. Mean is per call of 1,000 records. The engine: <c>Records.CreateMany</c> (default options: random IDs, as in
/// production). The baseline: a prepared single-row INSERT run 1,000 times in one transaction (the engine writes row by
/// row too), binding a 14-character random ID, timestamps, the autonumber and the stored values, into a table created
/// <c>LIKE</c> the engine's data table <c>INCLUDING ALL</c> (same column types, collations, identity key and unique ID
/// index) in a schema of its own.
/// </summary>
[MemoryDiagnoser]
[PostgresJob]
public class PostgresInsertBenchmarks
{
    private const int BatchSize = PostgresTable.BatchSize;
    private PostgresTable? _db;
    private IReadOnlyDictionary<string, object?>[] _inputs = [];
    private (string Name, double Amount, string Due)[] _rows = [];
    private NpgsqlConnection? _connection;
    private NpgsqlCommand? _insert;
    private Random _random = new(1);
    private long _autonumber;

    /// <summary>An engine with the empty table, and the baseline's empty copy of its data table with the prepared INSERT.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var db = _db = PostgresTable.Create("insert", 0);
        _inputs = PostgresTable.Batch(db.Table, 0, BatchSize, new Random(42));
        var ids = db.Table.Fields.Select(f => f.Id.Value).ToArray();
        _rows = _inputs.Select(r => ((string)r[ids[0]]!, (double)r[ids[1]]!, (string)r[ids[2]]!)).ToArray();
        var raw = PostgresServer.Quote(db.Prefix + "_raw");
        _connection = db.OpenRaw();
        using (var create = new NpgsqlCommand($"CREATE SCHEMA {raw}; CREATE TABLE {raw}.{db.DataTable} (LIKE {PostgresServer.Quote(db.Schema)}.{db.DataTable} INCLUDING ALL)", _connection))
        {
            create.ExecuteNonQuery();
        }

        var columns = string.Join(", ", db.Columns);
        _insert = new NpgsqlCommand($"INSERT INTO {raw}.{db.DataTable}(_id, _created_at, _updated_at, _autonumber, {columns}) VALUES (@id, @now, @now, @n, @a, @b, @c)", _connection);
        _insert.Parameters.Add(new NpgsqlParameter("id", NpgsqlDbType.Text));
        _insert.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.Bigint));
        _insert.Parameters.Add(new NpgsqlParameter("n", NpgsqlDbType.Bigint));
        _insert.Parameters.Add(new NpgsqlParameter("a", NpgsqlDbType.Text));
        _insert.Parameters.Add(new NpgsqlParameter("b", NpgsqlDbType.Double));
        _insert.Parameters.Add(new NpgsqlParameter("c", NpgsqlDbType.Text));
        _insert.Prepare();
        if (RawBatch() != BatchSize || EngineCreateMany() != BatchSize)
        {
            throw new InvalidOperationException("A batch wrote another number of records.");
        }
    }

    /// <summary>Checks both tables grew by whole batches, then drops the schemas.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        var db = _db ?? throw new InvalidOperationException("No database.");
        try
        {
            using var count = new NpgsqlCommand($"SELECT count(*) FROM {PostgresServer.Quote(db.Prefix + "_raw")}.{db.DataTable}", _connection);
            var raw = (long)count.ExecuteScalar()!;
            var engine = db.Engine.Records.List(db.Database, db.Table.Id, new Paging(0, 1)).Total;
            Console.WriteLine($"// Inserted {raw:N0} rows (baseline) and {engine:N0} records (engine).");
            if (raw % BatchSize != 0 || engine % BatchSize != 0)
            {
                throw new InvalidOperationException("A table holds a partial batch.");
            }
        }
        finally
        {
            _insert?.Dispose();
            _connection?.Dispose();
            db.Dispose();
        }
    }

    /// <summary>Hand-written SQL: the prepared INSERT, 1,000 rows in one transaction.</summary>
    [Benchmark(Baseline = true)]
    public int RawBatch()
    {
        var connection = _connection ?? throw new InvalidOperationException("No connection.");
        var insert = _insert ?? throw new InvalidOperationException("No command.");
        using var transaction = connection.BeginTransaction();
        insert.Transaction = transaction;
        var now = RawSql.Now();
        foreach (var (name, amount, due) in _rows)
        {
            insert.Parameters[0].Value = RawRecordSql.NewId(_random);
            insert.Parameters[1].Value = now;
            insert.Parameters[2].Value = ++_autonumber;
            insert.Parameters[3].Value = name;
            insert.Parameters[4].Value = amount;
            insert.Parameters[5].Value = due;
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return _rows.Length;
    }

    /// <summary>The engine: <c>Records.CreateMany</c> of 1,000 records.</summary>
    [Benchmark]
    public int EngineCreateMany()
    {
        var db = _db ?? throw new InvalidOperationException("No database.");
        return db.Engine.Records.CreateMany(db.Database, db.Table.Id, _inputs).Count;
    }
}
