using System.Text.Json;

namespace SoftrLite.CrashTest;

/// <summary>
/// The data the writer works on: Items (Qty, Price, a link to a Group, a formula Total = Qty * Price) and Groups (a SUM
/// rollup and a COUNT over their items). Its IDs are kept in <c>crash.json</c> beside the data.
/// </summary>
internal sealed record CrashWorld(string Database, string Items, string Groups, string[] GroupIds)
{
    public const string StateFile = "crash.json";
    public const string AckFile = "acks.log";
    public const int GroupCount = 4;

    public static CrashWorld Create(string directory)
    {
        using var engine = SoftrEngine.Open(directory);
        var database = engine.Databases.Create(engine.Workspaces.Default.Id, "Crash");
        var groups = engine.Tables.Create(database.Id, new NewTable("Groups") { Fields = [new NewField("Name", FieldTypeNames.SingleLineText)] });
        var items = engine.Tables.Create(database.Id, new NewTable("Items")
        {
            Fields =
            [
                new NewField("Name", FieldTypeNames.SingleLineText),
                new NewField("Batch", FieldTypeNames.SingleLineText),
                new NewField("Qty", FieldTypeNames.Number),
                new NewField("Price", FieldTypeNames.Number),
                new NewField("Group", FieldTypeNames.LinkedRecord) { Options = Json($$"""{"linkedTableId":"{{groups.Id}}"}""") },
            ],
        });
        engine.Fields.Add(database.Id, items.Id, new NewField("Total", FieldTypeNames.Formula) { Options = Json("""{"formula":"{Qty} * {Price}"}""") });
        var inverse = engine.Tables.Get(database.Id, groups.Id).Fields.Single(f => f.Type == FieldTypeNames.LinkedRecord).Id;
        var total = engine.Tables.Get(database.Id, items.Id).Fields.Single(f => f.Name == "Total").Id;
        engine.Fields.Add(database.Id, groups.Id, new NewField("Sum", FieldTypeNames.Rollup) { Options = Json($$"""{"linkedRecordFieldId":"{{inverse}}","rollupFieldId":"{{total}}","function":"SUM"}""") });
        engine.Fields.Add(database.Id, groups.Id, new NewField("Count", FieldTypeNames.Count) { Options = Json($$"""{"linkedRecordFieldId":"{{inverse}}"}""") });
        var groupIds = Enumerable.Range(0, GroupCount)
            .Select(i => engine.Records.Create(database.Id, groups.Id, new Dictionary<string, object?> { ["Name"] = "G" + i }).Id.Value)
            .ToArray();
        var world = new CrashWorld(database.Id.Value, items.Id.Value, groups.Id.Value, groupIds);
        File.WriteAllText(Path.Combine(directory, StateFile), JsonSerializer.Serialize(world));
        return world;
    }

    public static CrashWorld Load(string directory) =>
        JsonSerializer.Deserialize<CrashWorld>(File.ReadAllText(Path.Combine(directory, StateFile)))!;

    public DatabaseId DatabaseId => new(Database);

    public TableId ItemsId => new(Items);

    public TableId GroupsId => new(Groups);

    private static JsonElement Json(string json) => JsonElement.Parse(json);
}
