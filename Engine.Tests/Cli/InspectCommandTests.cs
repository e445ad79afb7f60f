using SoftrLite.Cli;

namespace SoftrLite.Tests.Cli;

/// <summary><c>softrlite inspect</c>: the schema tree with counts, and a table's records filtered, sorted and limited.</summary>
public sealed class InspectCommandTests
{
    private CliDirectory _dir = null!;

    [SetUp]
    public void CreateDirectory()
    {
        _dir = new CliDirectory();
        _dir.Run("demo");
    }

    [TearDown]
    public void DeleteDirectory() => _dir.Dispose();

    [Test]
    public void Inspect_shows_every_table_with_its_record_count_and_field_types()
    {
        var (code, output, _) = _dir.Run("inspect");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(output, Does.Contain(DemoCrm.DatabaseName));
            Assert.That(output, Does.Contain($"{DemoCrm.ContactsName}").And.Contain($"{DemoCrm.ContactCount} records"));
            Assert.That(output, Does.Contain("Amount").And.Contain(FieldTypeNames.Currency));
        });
    }

    [Test]
    public void Inspect_of_a_table_shows_the_first_records_sorted_and_filtered()
    {
        using var engine = _dir.Open();
        var database = DemoCrm.Find(engine)!;
        var deals = engine.Tables.GetByName(database.Id, DemoCrm.DealsName);
        var all = engine.Records.Enumerate(database.Id, deals.Id).ToList();
        var largest = all.OrderByDescending(r => r.Get<double>("Amount")).First().Get<string>("Title")!;
        var won = all.Count(r => (r["Stage"] as SelectChoice)?.Label == "Won");

        var sorted = _dir.Run("inspect", DemoCrm.DatabaseName, DemoCrm.DealsName, "--sort", "Amount:desc", "--limit", "1");
        var filtered = _dir.Run("inspect", database.Id.Value, deals.Id.Value, "--filter", """{"operator":"IS","leftSide":"Stage","rightSide":"Won"}""", "-n", "200");

        Assert.Multiple(() =>
        {
            Assert.That(sorted.Code, Is.EqualTo(ExitCodes.Success), sorted.Error);
            Assert.That(sorted.Output, Does.Contain(largest).And.Contain("1 of 150 records shown."));
            Assert.That(filtered.Code, Is.EqualTo(ExitCodes.Success), filtered.Error);
            Assert.That(filtered.Output, Does.Contain($"{won} of {won} matching records shown."));
            Assert.That(filtered.Output, Does.Not.Contain("│ Lost"));
        });
    }

    [Test]
    public void Inspect_answers_a_usage_error_for_a_bad_sort_and_fails_for_an_unknown_table_or_filter()
    {
        var badSort = _dir.Run("inspect", DemoCrm.DatabaseName, DemoCrm.DealsName, "--sort", "Amount:sideways");
        var unknown = _dir.Run("inspect", DemoCrm.DatabaseName, "Nope");
        var badFilter = _dir.Run("inspect", DemoCrm.DatabaseName, DemoCrm.DealsName, "--filter", """{"operator":"NOPE"}""");
        var missing = new CliDirectory();
        var noData = missing.Run("inspect");
        missing.Dispose();

        Assert.Multiple(() =>
        {
            Assert.That(badSort.Code, Is.EqualTo(ExitCodes.Usage));
            Assert.That(unknown.Code, Is.EqualTo(ExitCodes.Failure));
            Assert.That(badFilter.Code, Is.EqualTo(ExitCodes.Failure));
            Assert.That(badFilter.Error, Does.Contain(ErrorCode.BadRequest.ToWireName()));
            Assert.That(noData.Code, Is.EqualTo(ExitCodes.Failure));
        });
    }
}
