namespace SoftrLite.Tests.Support;

/// <summary>Schema shortcuts on an engine of <see cref="TestEngine.Open"/>.</summary>
internal static class TestEngineExtensions
{
    public static Database NewDatabase(this SoftrEngine engine, string name = "CRM") =>
        engine.Databases.Create(engine.Workspaces.Default.Id, name);

    public static Table ContactsTable(this SoftrEngine engine, DatabaseId databaseId) =>
        engine.Tables.Create(databaseId, new NewTable("Contacts")
        {
            Fields =
            [
                new NewField("Name", FieldTypeNames.SingleLineText),
                new NewField("Email", FieldTypeNames.Email),
                new NewField("Age", FieldTypeNames.Number) { Options = TestEngine.Json("""{"precision":0}""") },
            ],
        });
}
