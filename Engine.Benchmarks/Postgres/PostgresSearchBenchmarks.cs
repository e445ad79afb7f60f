using BenchmarkDotNet.Attributes;
using Npgsql;

namespace SoftrLite.Benchmarks.Postgres;

/// <summary>
/// PostgreSQL: the first page (200) of <c>Amount &gt; 900 AND Name contains "77"</c> sorted by Amount descending, on the
/// shared table of 1,000,000 records (<see cref="PostgresFixtures"/>; no index on Amount). The baseline runs the SQL the
/// engine builds (same WHERE with the schema's <c>softr_fold</c>, <c>ORDER BY Amount DESC NULLS LAST, _rk</c>,
/// <c>LIMIT 200</c>) prepared, on one open connection, decoding the same columns. The engine's total is cached per data
/// revision, so steady-state calls do not count.
/// </summary>
[MemoryDiagnoser]
[PostgresJob]
public class PostgresSearchBenchmarks
{
    private const int PageSize = Paging.MaxLimit;
    private const double Low = 900;
    private const string Needle = "77";
    private PostgresTable? _db;
    private NpgsqlConnection? _connection;
    private NpgsqlCommand? _page;
    private RecordQuery _query = RecordQuery.All;

    /// <summary>Fills (once per process) the shared table, prepares the baseline and checks both sides agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var db = _db = PostgresFixtures.Million;
        _connection = db.OpenRaw();
        var (name, amount) = (db.Columns[0], db.Columns[1]);
        _page = new NpgsqlCommand(
            $"SELECT {db.SelectList} FROM {db.DataTable} AS t WHERE (t.{amount} > @low AND strpos(softr_fold(t.{name}), softr_fold(@needle)) > 0) "
            + $"ORDER BY t.{amount} DESC NULLS LAST, t._rk ASC LIMIT {PageSize}",
            _connection);
        _page.Parameters.Add(new NpgsqlParameter("low", NpgsqlTypes.NpgsqlDbType.Double) { Value = Low });
        _page.Parameters.Add(new NpgsqlParameter("needle", NpgsqlTypes.NpgsqlDbType.Text) { Value = Needle });
        _page.Prepare();
        _query = new RecordQuery
        {
            Filter = FilterCondition.And(
                FilterCondition.Compare(PostgresTable.Amount, FilterOperator.GreaterThan, Low),
                FilterCondition.Compare(PostgresTable.Name, FilterOperator.Contains, Needle)),
            Sort = [new SortKey(PostgresTable.Amount, SortDirection.Descending)],
            Paging = new Paging(0, PageSize),
        };
        var engine = db.Engine.Records.Search(db.Database, db.Table.Id, _query);
        db.CheckSame(engine.Items, PostgresRow.ReadAll(_page), "Filtered search");
        Console.WriteLine($"// {engine.Total:N0} of {PostgresFixtures.Records:N0} records match; first page of {engine.Items.Count}.");
    }

    /// <summary>Closes the baseline's connection.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _page?.Dispose();
        _connection?.Dispose();
    }

    /// <summary>Hand-written SQL: the filtered, sorted first page.</summary>
    [Benchmark(Baseline = true)]
    public int RawSearch() => PostgresRow.ReadAll(_page ?? throw new InvalidOperationException("No command.")).Count;

    /// <summary>The engine: <c>Records.Search</c>.</summary>
    [Benchmark]
    public int EngineSearch()
    {
        var db = _db ?? throw new InvalidOperationException("No database.");
        return db.Engine.Records.Search(db.Database, db.Table.Id, _query).Items.Count;
    }
}
