using System.Text.Json;

namespace SoftrLite.Tests.Support;

/// <summary>
/// The test fixture: an in-memory engine with one database, schema and record helpers, and a dump of every row of the
/// database file. Every test makes its own, so tests run in parallel. <see cref="OnClock"/> makes one on a manual clock
/// for search tests, whose tables (<see cref="NamedTable"/>) start with a primary "Name" field that labels each record.
/// </summary>
internal sealed class TestEngine : IDisposable
{
    /// <summary>Wednesday 18 March 2026, 10:30 UTC: the week runs Monday 16 – Sunday 22, the quarter January – March.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 18, 10, 30, 0, TimeSpan.Zero);

    /// <summary>An engine with one database "Test"; <paramref name="options"/> default to ID seed 7 and the system clock.</summary>
    public TestEngine(SoftrEngineOptions? options = null)
        : this(options ?? new SoftrEngineOptions { IdSeed = 7 }, "Test", null)
    {
    }

    private readonly ManualClock? _clock;

    private TestEngine(SoftrEngineOptions options, string databaseName, ManualClock? clock)
    {
        _clock = clock;
        Engine = TestBackend.Open(options);
        Database = Engine.Databases.Create(Engine.Workspaces.Default.Id, databaseName);
    }

    /// <summary>The manual clock of an engine made by <see cref="OnClock"/>.</summary>
    public ManualClock Clock => _clock ?? throw new InvalidOperationException("This test engine runs on the system clock; make it with TestEngine.OnClock.");

    public SoftrEngine Engine { get; }

    public Database Database { get; }

    public DatabaseId Db => Database.Id;

    /// <summary>An engine on a manual clock at <see cref="Now"/> (ID seed 5) with one database "Search".</summary>
    public static TestEngine OnClock(TimeZoneInfo? zone = null, Collaborator? actingUser = null)
    {
        var clock = new ManualClock(Now);
        return new TestEngine(
            new SoftrEngineOptions { TimeProvider = clock, IdSeed = 5, TimeZone = zone ?? TimeZoneInfo.Utc, ActingUser = actingUser },
            "Search",
            clock);
    }

    /// <summary>A bare engine (no database) with ID seed 42, for tests that make their own databases.</summary>
    public static SoftrEngine Open(Action<string>? failPoint = null, SoftrQuotas? quotas = null) =>
        TestBackend.Open(new SoftrEngineOptions
        {
            IdSeed = 42,
            FailPoint = failPoint,
            Quotas = quotas ?? SoftrQuotas.Default,
        });

    public static JsonElement Json(string json) => JsonElement.Parse(json);

    public static NewField Field(string name, string type, string? options = null, bool? multiple = null) =>
        new(name, type) { Options = options is null ? null : JsonElement.Parse(options), AllowMultipleEntries = multiple };

    public static Dictionary<string, object?> Values(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value);

    /// <summary>A table with exactly <paramref name="fields"/>.</summary>
    public Table Table(string name, params NewField[] fields) =>
        Engine.Tables.Create(Db, new NewTable(name) { Fields = fields });

    /// <summary>A table with the primary field "Name" first, then <paramref name="fields"/>.</summary>
    public Table NamedTable(string name, params NewField[] fields) =>
        Table(name, [Field("Name", FieldTypeNames.SingleLineText), .. fields]);

    public Record Create(Table table, params (string Key, object? Value)[] values) =>
        Engine.Records.Create(Db, table.Id, Values(values));

    /// <summary>A record of a <see cref="NamedTable"/> named <paramref name="name"/>.</summary>
    public Record Add(Table table, string name, params (string Key, object? Value)[] values)
    {
        var fields = Values(values);
        fields["Name"] = name;
        return Engine.Records.Create(Db, table.Id, fields);
    }

    public Record Update(Table table, Record record, params (string Key, object? Value)[] values) =>
        Engine.Records.Update(Db, table.Id, record.Id, Values(values));

    public Record Get(Table table, Record record) => Engine.Records.Get(Db, table.Id, record.Id);

    public Page<Record> Search(Table table, FilterCondition? filter, params SortKey[] sort) =>
        Engine.Records.Search(Db, table.Id, new RecordQuery { Filter = filter, Sort = sort, Paging = new Paging(0, Paging.MaxLimit) });

    /// <summary>The names of the matching records, in the order the search returns them.</summary>
    public string[] Names(Table table, FilterCondition? filter, params SortKey[] sort) => NamesOf(table, Search(table, filter, sort));

    /// <summary>The names of every record, in creation order.</summary>
    public string[] All(Table table) => NamesOf(table, Engine.Records.List(Db, table.Id, new Paging(0, Paging.MaxLimit)));

    public static string[] NamesOf(Table table, Page<Record> page) =>
        page.Items.Select(r => r.Get<string>(table.PrimaryFieldId) ?? string.Empty).ToArray();

    public FieldId Id(Table table, string fieldName) => Engine.Tables.Get(Db, table.Id).Fields.Single(f => f.Name == fieldName).Id;

    /// <summary>The ID of a choice of a SELECT field, by its label.</summary>
    public string ChoiceId(Table table, string fieldName, string label)
    {
        var field = Engine.Tables.Get(Db, table.Id).Fields.Single(f => f.Name == fieldName);
        return field.Options.GetProperty("choices").EnumerateArray()
            .Single(c => c.GetProperty("label").GetString() == label)
            .GetProperty("id").GetString()!;
    }

    /// <summary>Every row of every table of the database file (metadata, data, link tables, counters), as text.</summary>
    public string Dump() => DataDump.Of(Engine, Db, everyTable: true);

    public void Dispose() => Engine.Dispose();
}
