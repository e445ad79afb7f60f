using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Data.Sqlite;
using SoftrLite.Benchmarks.Storage;
using SoftrLite.Benchmarks.Regression;

namespace SoftrLite.Benchmarks.Records;

/// <summary>
/// Reads from an on-disk table of 100,000 <see cref="RecordMix"/> records, built once through the engine. GetById:
/// <see cref="Lookups"/> gets of precomputed random IDs per invocation, so Mean is per record. Page: the first 200
/// records in creation order. The baselines run the same SELECTs (the engine's select list, <c>WHERE _id = $id</c>
/// and <c>ORDER BY _rk LIMIT 200</c>) through prepared commands on one open connection to the same file, decoding
/// into objects with the same per-value work (<see cref="RawItemReader"/>).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ReadBenchmarks
{
    private static readonly int Records = BenchScale.Of(100_000, RecordMix.DistinctRows);
    private const int Lookups = 1000;
    private const int PageSize = Paging.MaxLimit;
    private const long TableNum = 1;
    private string _directory = "";
    private SoftrEngine? _engine;
    private DatabaseId _database;
    private TableId _table;
    private string[] _ids = [];
    private RecordId[] _recordIds = [];
    private SqliteConnection? _connection;
    private SqliteCommand? _byId;
    private SqliteCommand? _page;
    private RawItemReader? _reader;

    /// <summary>Builds the table through the engine, picks the IDs to get, and prepares the baselines' commands.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _directory = BenchDirectory.Create();
        _engine = SoftrEngine.Open(_directory, new SoftrEngineOptions { IdSeed = 1 });
        _database = _engine.Databases.Create(_engine.Workspaces.Default.Id, "Bench").Id;
        var table = _engine.Tables.Create(_database, RecordMix.Table());
        _table = table.Id;
        var inputs = RecordMix.Inputs(table);
        for (var i = 0; i < Records; i += inputs.Length)
        {
            _engine.Records.CreateMany(_database, _table, inputs);
        }

        _connection = RawRecordSql.OpenWal(BenchDirectory.DatabaseFile(_directory, _database));
        _reader = new RawItemReader(RecordMix.ChoiceIds(table).ToDictionary(p => p.Value, p => p.Key));
        var all = new List<string>();
        using (var ids = RawSql.Command(_connection, null, $"SELECT _id FROM t{TableNum} ORDER BY _rk"))
        using (var reader = ids.ExecuteReader())
        {
            while (reader.Read())
            {
                all.Add(reader.GetString(0));
            }
        }

        var random = new Random(7);
        _ids = Enumerable.Range(0, Lookups).Select(_ => all[random.Next(all.Count)]).ToArray();
        _recordIds = _ids.Select(id => new RecordId(id)).ToArray();
        var select = RawRecordSql.SelectList(RecordMix.FieldCount);
        _byId = RawSql.Command(_connection, null, $"SELECT {select} FROM t{TableNum} WHERE _id = $id", ("$id", ""));
        _byId.Prepare();
        _page = RawSql.Command(_connection, null, $"SELECT {select} FROM t{TableNum} ORDER BY _rk LIMIT $limit", ("$limit", PageSize));
        _page.Prepare();
        Verify(all.Count);
    }

    /// <summary>Closes the baselines' connection and the engine, then deletes the directory.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _byId?.Dispose();
        _page?.Dispose();
        _connection?.Dispose();
        _engine?.Dispose();
        BenchDirectory.Delete(_directory);
    }

    /// <summary>Hand-written SQL: the prepared <c>WHERE _id = $id</c> select, decoded into an object.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Lookups)]
    [BenchmarkCategory("GetById")]
    public int RawGetById()
    {
        var command = _byId ?? throw new InvalidOperationException("No command.");
        var decoder = _reader ?? throw new InvalidOperationException("No reader.");
        var found = 0;
        foreach (var id in _ids)
        {
            command.Parameters[0].Value = id;
            using var reader = command.ExecuteReader();
            found += reader.Read() && decoder.Read(reader).Name is not null ? 1 : 0;
        }

        return found;
    }

    /// <summary>The engine: <c>Records.Get</c> per ID.</summary>
    [Benchmark(OperationsPerInvoke = Lookups)]
    [BenchmarkCategory("GetById")]
    public int EngineGetById()
    {
        var engine = _engine ?? throw new InvalidOperationException("No engine.");
        var found = 0;
        foreach (var id in _recordIds)
        {
            found += engine.Records.Get(_database, _table, id).Fields.Count > 0 ? 1 : 0;
        }

        return found;
    }

    /// <summary>Hand-written SQL: the prepared <c>ORDER BY _rk LIMIT 200</c> select, decoded into objects.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Page")]
    public int RawPage()
    {
        var command = _page ?? throw new InvalidOperationException("No command.");
        var decoder = _reader ?? throw new InvalidOperationException("No reader.");
        return decoder.ReadAll(command).Count;
    }

    /// <summary>The engine: <c>Records.List</c> of the first 200 records.</summary>
    [Benchmark]
    [BenchmarkCategory("Page")]
    public int EnginePage()
    {
        var engine = _engine ?? throw new InvalidOperationException("No engine.");
        return engine.Records.List(_database, _table, new Paging(0, PageSize)).Items.Count;
    }

    // Both sides must see the same records with the same values before anything is timed.
    private void Verify(int count)
    {
        var engine = _engine ?? throw new InvalidOperationException("No engine.");
        var page = engine.Records.List(_database, _table, new Paging(0, PageSize));
        var raw = (_reader ?? throw new InvalidOperationException("No reader.")).ReadAll(_page!);
        var record = engine.Records.Get(_database, _table, _recordIds[0]);
        if (count != Records || page.Total != Records || page.Items.Count != raw.Count || RawGetById() != Lookups || EngineGetById() != Lookups)
        {
            throw new InvalidOperationException($"Expected {Records} records and {Lookups} hits on both sides.");
        }

        for (var i = 0; i < raw.Count; i++)
        {
            var values = page.Items[i].Fields.Values.ToArray();
            var item = raw[i];
            object?[] expected = [item.Name, item.Notes, item.Email, item.Price, item.Quantity, item.Done, item.Due, item.Status, item.Website, item.Rating];
            if (page.Items[i].Id.Value != item.Id || !values.SequenceEqual(expected.Where(v => v is not null)))
            {
                throw new InvalidOperationException($"Record {item.Id} reads differently on the two sides.");
            }
        }

        if (record.Id != _recordIds[0])
        {
            throw new InvalidOperationException("Get returned another record.");
        }
    }
}
