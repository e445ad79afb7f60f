using SoftrLite.Rest;
using SoftrLite.Tests.Contract;

namespace SoftrLite.Tests;

/// <summary>The README's quick start is this test's code, line for line, so the README cannot rot.</summary>
public sealed class ReadmeTests
{
    private const string Begin = "// README quick start: begin";
    private const string End = "// README quick start: end";

    [Test]
    public async Task Quick_start_runs()
    {
#pragma warning disable RS0030 // The README shows RestApi itself; its response is checked against the contract below.
        // README quick start: begin
        using var engine = SoftrEngine.OpenInMemory();           // or SoftrEngine.Open("data-dir")
        var db = engine.Databases.Create(engine.Workspaces.Default.Id, "CRM");
        var contacts = engine.Tables.Create(db.Id, new NewTable("Contacts")
        {
            Fields = [new NewField("Name", FieldTypeNames.SingleLineText), new NewField("Age", FieldTypeNames.Number)],
        });

        var ada = engine.Records.Create(db.Id, contacts.Id, new Dictionary<string, object?> { ["Name"] = "Ada", ["Age"] = 36 });
        var adults = engine.Records.Search(db.Id, contacts.Id, new RecordQuery
        {
            Filter = FilterCondition.Compare("Age", FilterOperator.GreaterThanOrEquals, 18),
        });

        var api = new RestApi(engine);                            // the cloud API's requests and JSON, offline
        var response = await api.SendAsync(new RestRequest("GET", $"/databases/{db.Id}/tables/{contacts.Id}/records?fieldNames=true"));
        Console.WriteLine(response.Body);                         // {"data":[{"id":"…","fields":{"Name":"Ada","Age":36},…
        // README quick start: end
#pragma warning restore RS0030

        Assert.That(
            () => ValidatingRestApi.Verify(new RestRequest("GET", $"/databases/{db.Id}/tables/{contacts.Id}/records?fieldNames=true"), response),
            Throws.Nothing);
        Assert.That(adults.Items.Single().Id, Is.EqualTo(ada.Id));
        Assert.That(response.Status, Is.EqualTo(200));
        Assert.That(response.Body, Does.Contain("\"Name\":\"Ada\",\"Age\":36"));
    }

    // The package has a README of its own (docs/package/README.md); both show the same quick start, which compiles
    // as pasted: its using lines open the code block.
    [TestCase("README.md")]
    [TestCase("docs/package/README.md")]
    public void Readme_shows_the_quick_start_exactly(string file)
    {
        var root = RepositoryRoot();
        var source = File.ReadAllLines(Path.Combine(root, "Engine.Tests", "ReadmeTests.cs"));
        var readme = File.ReadAllText(Path.Combine(root, file)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = Array.FindIndex(source, l => l.Trim() == Begin) + 1;
        var end = Array.FindIndex(source, l => l.Trim() == End);
        var indent = source[start].Length - source[start].TrimStart().Length;
        var code = string.Join("\n", source[start..end].Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));

        Assert.That(readme, Does.Contain("```csharp\nusing SoftrLite;\nusing SoftrLite.Rest;\n\n" + code + "\n```"));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SoftrLite.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("SoftrLite.sln not found above the test directory.");
    }
}
