using System.Text.Json;

namespace SoftrLite.Cli;

/// <summary>
/// The sample "Demo CRM" database: Companies, Contacts and Deals, linked, with a formula, a lookup, a rollup and a
/// count, and a few hundred records made from a fixed seed, so every run makes the same data.
/// </summary>
public static class DemoCrm
{
    /// <summary>The database's name; it is looked up by this name in the default workspace.</summary>
    public const string DatabaseName = "Demo CRM";

    /// <summary>The name of the table of companies.</summary>
    public const string CompaniesName = "Companies";

    /// <summary>The name of the table of contacts, which links to companies.</summary>
    public const string ContactsName = "Contacts";

    /// <summary>The name of the table of deals, which links to companies and contacts.</summary>
    public const string DealsName = "Deals";

    /// <summary>How many records each table gets.</summary>
    public const int CompanyCount = 25;

    /// <summary>How many contacts the sample has.</summary>
    public const int ContactCount = 200;

    /// <summary>How many deals the sample has.</summary>
    public const int DealCount = 150;

    private static readonly string[] Industries = ["Software", "Manufacturing", "Retail"];
    private static readonly string[] Stages = ["Lead", "Qualified", "Proposal", "Won", "Lost"];
    private static readonly string[] CompanyWords = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark", "Wayne", "Wonka", "Tyrell", "Cyberdyne", "Soylent", "Gringotts", "Oceanic", "Aperture", "Nakatomi", "Monarch", "Virtucon", "Massive", "Dunder", "Pied Piper", "Bluth", "Prestige", "Sterling", "Kramerica"];
    private static readonly string[] FirstNames = ["Ada", "Alan", "Grace", "Edsger", "Barbara", "Donald", "Frances", "Ken", "Margaret", "Dennis", "Radia", "Linus", "Hedy", "Tim", "Katherine", "John", "Sophie", "Niklaus", "Annie", "Guido"];
    private static readonly string[] LastNames = ["Lovelace", "Turing", "Hopper", "Dijkstra", "Liskov", "Knuth", "Allen", "Thompson", "Hamilton", "Ritchie"];

    /// <summary>
    /// Finds the demo database in the default workspace or creates it with its tables and records. An existing demo
    /// database is reopened as it is.
    /// </summary>
    public static (Database Database, DemoOutcome Outcome) Ensure(SoftrEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var workspace = engine.Workspaces.Default.Id;
        if (Find(engine) is { } existing)
        {
            return (existing, DemoOutcome.Reopened);
        }

        var database = engine.Databases.Create(workspace, DatabaseName, "Sample data made by 'softrlite demo'.");
        try
        {
            Fill(engine, database.Id);
        }
        catch
        {
            // Half a sample is worse than none: the next run starts again.
            engine.Databases.Delete(database.Id, DeleteMode.Force);
            throw;
        }

        return (engine.Databases.Get(database.Id), DemoOutcome.Created);
    }

    /// <summary>The demo database of the default workspace, if there is one.</summary>
    public static Database? Find(SoftrEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return Paging.ReadAll(p => engine.Databases.List(p, engine.Workspaces.Default.Id)).FirstOrDefault(d => d.Name == DatabaseName);
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
            new NewField("Industry", FieldTypeNames.Select) { Options = Choices(Industries) },
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
            new NewField("Company", FieldTypeNames.LinkedRecord) { Options = LinkTo(companies) },
            new NewField("Joined", FieldTypeNames.Date),
            new NewField("VIP", FieldTypeNames.Checkbox),
            new NewField("Created", FieldTypeNames.CreatedAt),
        ],
    };

    /// <summary>Deals: Title (primary), Company and Contact (links), Amount, Probability, Stage, Close date.</summary>
    public static NewTable Deals(TableId companies, TableId contacts) => new(DealsName)
    {
        Description = "Sales opportunities.",
        PrimaryFieldName = "Title",
        Fields =
        [
            new NewField("Title", FieldTypeNames.SingleLineText),
            new NewField("Company", FieldTypeNames.LinkedRecord) { Options = LinkTo(companies), AllowMultipleEntries = false },
            new NewField("Contact", FieldTypeNames.LinkedRecord) { Options = LinkTo(contacts), AllowMultipleEntries = false },
            new NewField("Amount", FieldTypeNames.Currency),
            new NewField("Probability", FieldTypeNames.Percent) { Options = Json("""{"precision":0}""") },
            new NewField("Stage", FieldTypeNames.Select) { Options = Choices(Stages) },
            new NewField("Close date", FieldTypeNames.Date),
        ],
    };

    private static void Fill(SoftrEngine engine, DatabaseId db)
    {
        var random = new Random(20261202);
        var companies = engine.Tables.Create(db, Companies());
        var contacts = engine.Tables.Create(db, Contacts(companies.Id));
        var deals = engine.Tables.Create(db, Deals(companies.Id, contacts.Id));

        var dealsLink = engine.Tables.Get(db, companies.Id).Fields.Single(f => f.Name == DealsName).Id;
        var dealAmount = deals.Fields.Single(f => f.Name == "Amount").Id;
        var dealCompany = deals.Fields.Single(f => f.Name == "Company").Id;
        var industry = companies.Fields.Single(f => f.Name == "Industry").Id;
        engine.Fields.Add(db, deals.Id, new NewField("Weighted", FieldTypeNames.Formula) { Options = Json("""{"formula":"ROUND({Amount} * {Probability} / 100, 2)"}""") });
        engine.Fields.Add(db, deals.Id, new NewField("Industry", FieldTypeNames.Lookup) { Options = Json($$"""{"linkedRecordFieldId":"{{dealCompany}}","lookupFieldId":"{{industry}}"}""") });
        engine.Fields.Add(db, companies.Id, new NewField("Pipeline", FieldTypeNames.Rollup) { Options = Json($$"""{"linkedRecordFieldId":"{{dealsLink}}","rollupFieldId":"{{dealAmount}}","function":"SUM"}""") });
        engine.Fields.Add(db, companies.Id, new NewField("Deal count", FieldTypeNames.Count) { Options = Json($$"""{"linkedRecordFieldId":"{{dealsLink}}"}""") });

        var companyIds = engine.Records.CreateMany(db, companies.Id, Enumerable.Range(0, CompanyCount).Select(i => Values(
            ("Name", CompanyWords[i] + (i % 3 == 0 ? " Inc." : i % 3 == 1 ? " Ltd" : " GmbH")),
            ("Website", $"https://{CompanyWords[i].ToLowerInvariant().Replace(' ', '-')}.example.com"),
            ("Employees", random.Next(5, 5000)),
            ("Industry", Industries[random.Next(Industries.Length)])))).Select(r => r.Id.Value).ToArray();

        var contactIds = engine.Records.CreateMany(db, contacts.Id, Enumerable.Range(0, ContactCount).Select(i =>
        {
            var first = FirstNames[i % FirstNames.Length];
            var last = LastNames[(i / FirstNames.Length) % LastNames.Length];
            return Values(
                ("Name", $"{first} {last}"),
                ("Email", $"{first}.{last}{i}@example.com".ToLowerInvariant()),
                ("Phone", $"+1 555 {random.Next(1000, 9999)}"),
                ("Company", companyIds[random.Next(companyIds.Length)]),
                ("Joined", new DateOnly(2020, 1, 1).AddDays(random.Next(0, 2000))),
                ("VIP", random.Next(10) == 0));
        })).Select(r => r.Id.Value).ToArray();

        engine.Records.CreateMany(db, deals.Id, Enumerable.Range(0, DealCount).Select(i => Values(
            ("Title", $"Deal {i + 1:000}"),
            ("Company", companyIds[random.Next(companyIds.Length)]),
            ("Contact", contactIds[random.Next(contactIds.Length)]),
            ("Amount", random.Next(10, 500) * 100),
            ("Probability", random.Next(0, 11) * 10),
            ("Stage", Stages[random.Next(Stages.Length)]),
            ("Close date", new DateOnly(2026, 1, 1).AddDays(random.Next(0, 365))))).ToArray());
    }

    private static Dictionary<string, object?> Values(params (string Key, object? Value)[] values) => values.ToDictionary(v => v.Key, v => v.Value);

    private static JsonElement LinkTo(TableId table) => JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["linkedTableId"] = table.Value });

    private static JsonElement Choices(IEnumerable<string> labels) =>
        JsonSerializer.SerializeToElement(new { choices = labels.Select(label => new { label }).ToArray() });

    private static JsonElement Json(string json) => JsonElement.Parse(json);
}
