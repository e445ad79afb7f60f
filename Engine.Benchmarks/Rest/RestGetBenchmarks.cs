using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using SoftrLite.Benchmarks.Fixtures;
using SoftrLite.Rest;

namespace SoftrLite.Benchmarks.Rest;

/// <summary>
/// GET of one record in process: <see cref="RestApi"/> (routing, auth check, JSON) against the C# <c>Records.Get</c>,
/// on an in-memory engine of 10,000 records. The baseline reads the same row by ID from a raw in-memory table of the
/// same shape with a prepared command.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class RestGetBenchmarks
{
    private SoftrEngine? _engine;
    private RestApi? _api;
    private DatabaseId _database;
    private TableId _table;
    private RecordId _record;
    private RestRequest? _request;
    private SqliteConnection? _raw;
    private SqliteCommand? _byId;

    /// <summary>Builds the engine, the raw table and the request.</summary>
    [GlobalSetup]
    public void Setup()
    {
        (_engine, _database, _table) = FixtureTable.Engine();
        _api = new RestApi(_engine);
        _record = _engine.Records.List(_database, _table, new Paging(5000, 1)).Items[0].Id;
        _request = new RestRequest("GET", $"/databases/{_database}/tables/{_table}/records/{_record}");
        _raw = FixtureTable.RawDatabase();
        FixtureTable.RawInsert(_raw, FixtureTable.RawRows());
        _byId = _raw.CreateCommand();
        _byId.CommandText = "SELECT _id, _created_at, _updated_at, f1, f2, f3, f4, f5 FROM t1 WHERE _id = $id";
        _byId.Parameters.AddWithValue("$id", "rec00000005000");
        _byId.Prepare();
        if (RestGet() != 200 || RawGet() != 1)
        {
            throw new InvalidOperationException("The record is not found on both sides.");
        }
    }

    /// <summary>Frees everything.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _byId?.Dispose();
        _raw?.Dispose();
        _engine?.Dispose();
    }

    /// <summary>Hand-written: the prepared select by ID, values read.</summary>
    [Benchmark(Baseline = true)]
    public int RawGet()
    {
        using var reader = (_byId ?? throw new InvalidOperationException("No command.")).ExecuteReader();
        if (!reader.Read())
        {
            return 0;
        }

        return reader.GetString(0).Length > 0 && reader.GetString(3).Length > 0 && reader.GetDouble(5) >= 0 ? 1 : 0;
    }

    /// <summary>The engine: <c>Records.Get</c>.</summary>
    [Benchmark]
    public int EngineGet() => (_engine ?? throw new InvalidOperationException("No engine.")).Records.Get(_database, _table, _record).Fields.Count;

    /// <summary>The REST layer: <c>GET …/records/{id}</c> answered with its JSON.</summary>
    [Benchmark]
    public int RestGet() => (_api ?? throw new InvalidOperationException("No API.")).SendAsync(_request!).GetAwaiter().GetResult().Status;
}
