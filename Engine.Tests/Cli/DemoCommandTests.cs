using SoftrLite.Cli;

namespace SoftrLite.Tests.Cli;

/// <summary><c>softrlite demo</c>: a sample with data, made only where it is missing, never beside the user's databases unless asked.</summary>
public sealed class DemoCommandTests
{
    private string _directory = string.Empty;

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("softrlite-demo-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void Demo_creates_a_sample_with_records_links_and_computed_values_then_reopens_it()
    {
        var first = Run("demo", "--data", "data");
        var second = Run("demo", "--data", "data");

        using var engine = SoftrEngine.Open(Path.Combine(_directory, "data"));
        var database = DemoCrm.Find(engine)!;
        var tables = engine.Tables.List(database.Id).Items.ToDictionary(t => t.Name);
        var companies = engine.Records.Enumerate(database.Id, tables[DemoCrm.CompaniesName].Id).ToArray();
        var deals = engine.Records.Enumerate(database.Id, tables[DemoCrm.DealsName].Id).ToArray();
        var contacts = engine.Records.List(database.Id, tables[DemoCrm.ContactsName].Id, new Paging(0, 0)).Total;

        Assert.Multiple(() =>
        {
            Assert.That(first.Code, Is.EqualTo(ExitCodes.Success));
            Assert.That(first.Output, Does.Contain("created"));
            Assert.That(second.Code, Is.EqualTo(ExitCodes.Success));
            Assert.That(second.Output, Does.Contain("reopened"));
            Assert.That(companies, Has.Length.EqualTo(DemoCrm.CompanyCount));
            Assert.That(contacts, Is.EqualTo(DemoCrm.ContactCount));
            Assert.That(deals, Has.Length.EqualTo(DemoCrm.DealCount));
            Assert.That(companies.Sum(c => c.Get<double?>("Pipeline") ?? 0), Is.EqualTo(deals.Sum(d => d.Get<double>("Amount"))));
            Assert.That(companies.Sum(c => c.Get<int>("Deal count")), Is.EqualTo(DemoCrm.DealCount));
            Assert.That(deals.Select(d => d.Get<double>("Weighted")), Is.EqualTo(deals.Select(d => Math.Round(d.Get<double>("Amount") * d.Get<double>("Probability") / 100, 2))));
            Assert.That(deals.Count(d => d["Industry"] is not null), Is.EqualTo(DemoCrm.DealCount));
        });
    }

    [Test]
    public void Check_finds_the_demo_healthy_and_fails_on_a_missing_directory()
    {
        Run("demo", "--data", "data");

        var healthy = Run("check", "--data", "data");
        var missing = Run("check", "--data", "nowhere");

        Assert.Multiple(() =>
        {
            Assert.That(healthy.Code, Is.EqualTo(ExitCodes.Success), healthy.Error);
            Assert.That(healthy.Output, Does.StartWith("ok").And.Contain(DemoCrm.DatabaseName));
            Assert.That(missing.Code, Is.EqualTo(ExitCodes.Failure));
            Assert.That(Directory.Exists(Path.Combine(_directory, "nowhere")), Is.False);
        });
    }

    [Test]
    public void Demo_is_not_added_beside_other_databases_unless_asked()
    {
        using (var engine = SoftrEngine.Open(Path.Combine(_directory, "data")))
        {
            engine.Databases.Create(engine.Workspaces.Default.Id, "Mine");
        }

        var refused = Run("demo", "--data", "data");
        var names = Names();
        var added = Run("demo", "--data", "data", "--alongside");

        Assert.Multiple(() =>
        {
            Assert.That(refused.Code, Is.EqualTo(ExitCodes.Failure));
            Assert.That(refused.Error, Does.Contain("--alongside"));
            Assert.That(names, Is.EqualTo(new[] { "Mine" }));
            Assert.That(added.Code, Is.EqualTo(ExitCodes.Success));
            Assert.That(Names(), Is.EquivalentTo(new[] { "Mine", DemoCrm.DatabaseName }));
        });
    }

    private string[] Names()
    {
        using var engine = SoftrEngine.Open(Path.Combine(_directory, "data"));
        return engine.Databases.List().Items.Select(d => d.Name).ToArray();
    }

    private (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = new CliApp(output, error, _directory).Run(args);
        return (code, output.ToString(), error.ToString());
    }
}
