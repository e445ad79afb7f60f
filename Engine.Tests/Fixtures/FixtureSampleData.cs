using System.Text.Json;
using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Fixtures;

/// <summary>A database that uses every kind of field a fixture must carry: plain values, selects, users, files, links both ways, computed fields.</summary>
internal static class FixtureSampleData
{
    public static Database Build(SoftrEngine engine)
    {
        var workspace = engine.Workspaces.Default.Id;
        var ada = engine.Workspaces.AddCollaborator(workspace, "Ada", "ada@example.com");
        var db = engine.Databases.Create(workspace, "CRM", "Sample");
        var companies = engine.Tables.Create(db.Id, new NewTable("Companies")
        {
            Description = "Organisations",
            Fields =
            [
                new NewField("Name", FieldTypeNames.SingleLineText),
                new NewField("Size", FieldTypeNames.Number) { Options = TestEngine.Json("""{"precision":0}""") },
                new NewField("Stage", FieldTypeNames.Select)
                {
                    Options = TestEngine.Json("""{"choices":[{"label":"Lead"},{"label":"Customer"}]}"""),
                    DefaultValue = "Lead",
                },
            ],
        });
        var contacts = engine.Tables.Create(db.Id, new NewTable("Contacts")
        {
            Fields =
            [
                new NewField("Name", FieldTypeNames.SingleLineText),
                new NewField("Born", FieldTypeNames.Date),
                new NewField("VIP", FieldTypeNames.Checkbox),
                new NewField("Tags", FieldTypeNames.Select)
                {
                    AllowMultipleEntries = true,
                    Options = TestEngine.Json("""{"choices":[{"label":"a"},{"label":"b"}]}"""),
                },
                new NewField("Owner", FieldTypeNames.User),
                new NewField("Files", FieldTypeNames.Attachment),
            ],
        });
        var link = engine.Fields.Add(db.Id, contacts.Id, new NewField("Company", FieldTypeNames.LinkedRecord)
        {
            Options = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["linkedTableId"] = companies.Id.Value }),
        });
        engine.Fields.Add(db.Id, contacts.Id, new NewField("Company size", FieldTypeNames.Lookup)
        {
            Options = JsonSerializer.SerializeToElement(new Dictionary<string, string>
            {
                ["linkedRecordFieldId"] = link.Id.Value,
                ["lookupFieldId"] = companies.Fields.First(f => f.Name == "Size").Id.Value,
            }),
        });
        engine.Fields.Add(db.Id, contacts.Id, new NewField("Shout", FieldTypeNames.Formula) { Options = TestEngine.Json("""{"formula":"UPPER({Name})"}""") });
        engine.Fields.Add(db.Id, contacts.Id, new NewField("Note", FieldTypeNames.LongText));

        var acme = engine.Records.Create(db.Id, companies.Id, new Dictionary<string, object?> { ["Name"] = "Acme", ["Size"] = 120, ["Stage"] = "Customer" });
        var initech = engine.Records.Create(db.Id, companies.Id, new Dictionary<string, object?> { ["Name"] = "Initech", ["Stage"] = null });
        engine.Records.Create(db.Id, contacts.Id, new Dictionary<string, object?>
        {
            ["Name"] = "Grace",
            ["Born"] = "1906-12-09",
            ["VIP"] = false,
            ["Tags"] = new[] { "b", "a" },
            ["Owner"] = ada.Id,
            ["Files"] = "https://example.com/cv.pdf",
            ["Company"] = new[] { initech.Id.Value, acme.Id.Value },
        });
        engine.Records.Create(db.Id, contacts.Id, new Dictionary<string, object?> { ["Name"] = "Linus", ["Company"] = acme.Id.Value, ["Note"] = "line 1\nline 2" });
        return db;
    }
}
