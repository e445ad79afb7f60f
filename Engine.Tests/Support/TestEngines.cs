using System.Text.Json;

namespace SoftrLite.Tests.Support;

/// <summary>Engines and schema fixtures for tests; every test opens its own engine, so tests run in parallel.</summary>
internal static class TestEngines
{
    public static SoftrEngine InMemory(Action<string>? failPoint = null, SoftrQuotas? quotas = null) =>
        SoftrEngine.OpenInMemory(new SoftrEngineOptions
        {
            IdSeed = 42,
            FailPoint = failPoint,
            Quotas = quotas ?? SoftrQuotas.Default,
        });

    public static Database NewDatabase(this SoftrEngine engine, string name = "CRM") =>
        engine.Databases.Create(engine.Workspaces.Default.Id, name);

    public static JsonElement Json(string json) => JsonElement.Parse(json);

    public static Table ContactsTable(this SoftrEngine engine, DatabaseId databaseId) =>
        engine.Tables.Create(databaseId, new NewTable("Contacts")
        {
            Fields =
            [
                new NewField("Name", FieldTypeNames.SingleLineText),
                new NewField("Email", FieldTypeNames.Email),
                new NewField("Age", FieldTypeNames.Number) { Options = Json("""{"precision":0}""") },
            ],
        });
}
