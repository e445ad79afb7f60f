using System.Text.Json;

namespace SoftrLite.Cli;

/// <summary>The sample "Demo CRM" database: Companies and Contacts, linked.</summary>
public static class DemoCrm
{
    /// <summary>The database's name; it is looked up by this name in the default workspace.</summary>
    public const string DatabaseName = "Demo CRM";

    /// <summary>The name of the table of companies.</summary>
    public const string CompaniesName = "Companies";

    /// <summary>The name of the table of contacts, which links to companies.</summary>
    public const string ContactsName = "Contacts";

    /// <summary>
    /// Finds the demo database in the default workspace or creates it, then creates whichever of its two
    /// tables is missing (so a run interrupted half-way is completed by the next one).
    /// </summary>
    public static (Database Database, DemoOutcome Outcome) Ensure(SoftrEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var workspace = engine.Workspaces.Default.Id;
        var existing = Pages.All(p => engine.Databases.List(p, workspace)).FirstOrDefault(d => d.Name == DatabaseName);
        var database = existing ?? engine.Databases.Create(workspace, DatabaseName, "Sample data made by 'softrlite demo'.");

        var tables = Pages.All(p => engine.Tables.List(database.Id, p));
        var companies = tables.FirstOrDefault(t => t.Name == CompaniesName) ?? engine.Tables.Create(database.Id, Companies());
        if (!tables.Any(t => t.Name == ContactsName))
        {
            engine.Tables.Create(database.Id, Contacts(companies.Id));
        }

        return (engine.Databases.Get(database.Id), existing is null ? DemoOutcome.Created : DemoOutcome.Reopened);
    }

    /// <summary>Companies: Name (primary), Website, Employees (whole number), Industry (three choices).</summary>
    public static NewTable Companies() => new(CompaniesName)
    {
        Description = "Organisations we work with.",
        PrimaryFieldName = "Name",
        Fields =
        [
            new NewField("Name", FieldTypeNames.SingleLineText),
            new NewField("Website", FieldTypeNames.Url),
            new NewField("Employees", FieldTypeNames.Number) { Options = Json("""{"precision":0}""") },
            new NewField("Industry", FieldTypeNames.Select)
            {
                Options = Json("""{"choices":[{"label":"Software"},{"label":"Manufacturing"},{"label":"Retail"}]}"""),
            },
        ],
    };

    /// <summary>Contacts: Name (primary), Email, Phone, Company (link), Joined, VIP and Created.</summary>
    public static NewTable Contacts(TableId companies) => new(ContactsName)
    {
        Description = "People at those companies.",
        PrimaryFieldName = "Name",
        Fields =
        [
            new NewField("Name", FieldTypeNames.SingleLineText),
            new NewField("Email", FieldTypeNames.Email),
            new NewField("Phone", FieldTypeNames.Phone),
            new NewField("Company", FieldTypeNames.LinkedRecord)
            {
                Options = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["linkedTableId"] = companies.Value }),
            },
            new NewField("Joined", FieldTypeNames.Date),
            new NewField("VIP", FieldTypeNames.Checkbox),
            new NewField("Created", FieldTypeNames.CreatedAt),
        ],
    };

    private static JsonElement Json(string json) => JsonElement.Parse(json);
}
