using System.Text.Json;
using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Query;

/// <summary>
/// An in-memory engine on a manual clock with one database, for search tests. Tables made here start with a
/// primary text field "Name" that labels each record, so results are compared as lists of names.
/// </summary>
internal sealed class SearchFixture : IDisposable
{
    /// <summary>Wednesday 18 March 2026, 10:30 UTC: the week runs Monday 16 – Sunday 22, the quarter January – March.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 18, 10, 30, 0, TimeSpan.Zero);

    public SearchFixture(TimeZoneInfo? zone = null, Collaborator? actingUser = null)
    {
        Clock = new ManualClock(Now);
        Engine = SoftrEngine.OpenInMemory(new SoftrEngineOptions
        {
            TimeProvider = Clock,
            IdSeed = 5,
            TimeZone = zone ?? TimeZoneInfo.Utc,
            ActingUser = actingUser,
        });
        Db = Engine.Databases.Create(Engine.Workspaces.Default.Id, "Search").Id;
    }

    public ManualClock Clock { get; }

    public SoftrEngine Engine { get; }

    public DatabaseId Db { get; }

    public static NewField Field(string name, string type, string? options = null, bool? multiple = null) =>
        new(name, type) { Options = options is null ? null : JsonElement.Parse(options), AllowMultipleEntries = multiple };

    /// <summary>A table with the primary field "Name" first, then <paramref name="fields"/>.</summary>
    public Table Table(string name, params NewField[] fields) =>
        Engine.Tables.Create(Db, new NewTable(name) { Fields = [Field("Name", FieldTypeNames.SingleLineText), .. fields] });

    public Record Add(Table table, string name, params (string Key, object? Value)[] values)
    {
        var fields = values.ToDictionary(v => v.Key, v => v.Value);
        fields["Name"] = name;
        return Engine.Records.Create(Db, table.Id, fields);
    }

    public Record Update(Table table, Record record, params (string Key, object? Value)[] values) =>
        Engine.Records.Update(Db, table.Id, record.Id, values.ToDictionary(v => v.Key, v => v.Value));

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

    public void Dispose() => Engine.Dispose();
}
