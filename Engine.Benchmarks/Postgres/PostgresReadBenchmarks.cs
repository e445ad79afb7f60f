using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Npgsql;

namespace SoftrLite.Benchmarks.Postgres;

/// <summary>
/// PostgreSQL reads from the shared table of 1,000,000 records (<see cref="PostgresFixtures"/>). GetById:
/// <see cref="Lookups"/> gets of precomputed random IDs per invocation, so Mean is per record. Page: the first 200
/// records in creation order. The baselines run the same SELECTs (the engine's select list, <c>WHERE _id = @id</c> and
/// <c>ORDER BY _rk LIMIT 200</c>) against the engine's own data table, prepared, on one open connection of a pool of
/// their own (search path: the database's schema), decoding into objects.
/// </summary>
[MemoryDiagnoser]
[PostgresJob]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PostgresReadBenchmarks
{
    private const int Lookups = 200;
    private const int PageSize = Paging.MaxLimit;
    private PostgresTable? _db;
    private string[] _ids = [];
    private RecordId[] _recordIds = [];
    private NpgsqlConnection? _connection;
    private NpgsqlCommand? _byId;
    private NpgsqlCommand? _page;

    /// <summary>Fills (once per process) the shared table, picks the IDs to get, prepares the baselines' commands and checks both sides agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var db = _db = PostgresFixtures.Million;
        _connection = db.OpenRaw();
        var random = new Random(7);
        using (var ids = new NpgsqlCommand($"SELECT _id FROM {db.DataTable} WHERE _rk = ANY(@keys)", _connection))
        {
            ids.Parameters.AddWithValue("keys", Enumerable.Range(0, Lookups).Select(_ => (long)random.Next(1, PostgresFixtures.Records + 1)).ToArray());
            using var reader = ids.ExecuteReader();
            var found = new List<string>();
            while (reader.Read())
            {
                found.Add(reader.GetString(0));
            }

            _ids = found.OrderBy(_ => random.Next()).ToArray();
        }

        _recordIds = _ids.Select(id => new RecordId(id)).ToArray();
        _byId = new NpgsqlCommand($"SELECT {db.SelectList} FROM {db.DataTable} WHERE _id = @id", _connection);
        _byId.Parameters.Add(new NpgsqlParameter("id", NpgsqlTypes.NpgsqlDbType.Text));
        _byId.Prepare();
        _page = new NpgsqlCommand($"SELECT {db.SelectList} FROM {db.DataTable} ORDER BY _rk LIMIT {PageSize}", _connection);
        _page.Prepare();
        var page = db.Engine.Records.List(db.Database, db.Table.Id, new Paging(0, PageSize));
        db.CheckSame(page.Items, PostgresRow.ReadAll(_page), "First page");
        _byId.Parameters[0].Value = _ids[0];
        db.CheckSame([db.Engine.Records.Get(db.Database, db.Table.Id, _recordIds[0])], PostgresRow.ReadAll(_byId), "Get");
        if (page.Total != PostgresFixtures.Records || RawGetById() != _ids.Length || EngineGetById() != _ids.Length)
        {
            throw new InvalidOperationException($"Expected {PostgresFixtures.Records} records and {_ids.Length} hits on both sides.");
        }
    }

    /// <summary>Closes the baselines' connection (the shared table stays for the other benchmarks of the process).</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _byId?.Dispose();
        _page?.Dispose();
        _connection?.Dispose();
    }

    /// <summary>Hand-written SQL: the prepared <c>WHERE _id = @id</c> select, decoded into an object.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Lookups)]
    [BenchmarkCategory("GetById")]
    public int RawGetById()
    {
        var command = _byId ?? throw new InvalidOperationException("No command.");
        var found = 0;
        foreach (var id in _ids)
        {
            command.Parameters[0].Value = id;
            using var reader = command.ExecuteReader();
            found += reader.Read() && PostgresRow.Read(reader).Name is not null ? 1 : 0;
        }

        return found;
    }

    /// <summary>The engine: <c>Records.Get</c> per ID.</summary>
    [Benchmark(OperationsPerInvoke = Lookups)]
    [BenchmarkCategory("GetById")]
    public int EngineGetById()
    {
        var db = _db ?? throw new InvalidOperationException("No database.");
        var found = 0;
        foreach (var id in _recordIds)
        {
            found += db.Engine.Records.Get(db.Database, db.Table.Id, id).Fields.Count > 0 ? 1 : 0;
        }

        return found;
    }

    /// <summary>Hand-written SQL: the prepared <c>ORDER BY _rk LIMIT 200</c> select, decoded into objects.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Page")]
    public int RawPage() => PostgresRow.ReadAll(_page ?? throw new InvalidOperationException("No command.")).Count;

    /// <summary>The engine: <c>Records.List</c> of the first 200 records.</summary>
    [Benchmark]
    [BenchmarkCategory("Page")]
    public int EnginePage()
    {
        var db = _db ?? throw new InvalidOperationException("No database.");
        return db.Engine.Records.List(db.Database, db.Table.Id, new Paging(0, PageSize)).Items.Count;
    }
}
