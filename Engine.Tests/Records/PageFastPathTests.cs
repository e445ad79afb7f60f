using SoftrLite.Tests.Support;
using static SoftrLite.Tests.Support.TestEngine;

namespace SoftrLite.Tests.Records;

/// <summary>
/// A page whose schema is cached and whose total is already counted at the data revision is read in one statement, the
/// rows led by the schema and data revisions; when another engine on the same files changed either, the page must
/// notice and read the long way, never answer with a stale schema or total.
/// </summary>
public sealed class PageFastPathTests
{
    [Test]
    public void List_counts_a_record_another_engine_created() => WithPeople((directory, first, database, people) =>
    {
        using (var second = SoftrEngine.Open(directory))
        {
            second.Records.Create(database, people.Id, Values(("Name", "Bob")));
        }

        var page = first.Records.List(database, people.Id);

        Assert.Multiple(() =>
        {
            Assert.That(page.Total, Is.EqualTo(2));
            Assert.That(page.Items.Select(r => r["Name"]), Is.EqualTo(new[] { "Ada", "Bob" }));
        });
    });

    [Test]
    public void List_sees_a_field_another_engine_added_and_filled() => WithPeople((directory, first, database, people) =>
    {
        using (var second = SoftrEngine.Open(directory))
        {
            second.Fields.Add(database, people.Id, Field("Age", FieldTypeNames.Number));
            var ada = second.Records.List(database, people.Id).Items.Single();
            second.Records.Update(database, people.Id, ada.Id, Values(("Age", 36)));
        }

        var again = first.Records.List(database, people.Id).Items.Single();

        Assert.That(again.Get<int>("Age"), Is.EqualTo(36));
    });

    [Test]
    public void List_reports_not_found_when_another_engine_deleted_the_table() => WithPeople((directory, first, database, people) =>
    {
        using (var second = SoftrEngine.Open(directory))
        {
            second.Tables.Delete(database, people.Id, DeleteMode.Force);
        }

        Assert.That(() => first.Records.List(database, people.Id), SoftrThrows.Code(ErrorCode.ResourceNotFound));
    });

    [Test]
    public void Deep_page_follows_a_delete_made_by_another_engine() => WithPeople((directory, first, database, people) =>
    {
        first.Records.CreateMany(database, people.Id, Enumerable.Range(1, 1_099).Select(i => Values(("Name", $"P{i:D4}"))));
        var deep = new Paging(1_000, 50);
        var before = first.Records.List(database, people.Id, deep);
        Assert.That(first.Records.List(database, people.Id, deep).Items.Select(r => r.Id), Is.EqualTo(before.Items.Select(r => r.Id)));

        using (var second = SoftrEngine.Open(directory))
        {
            second.Records.Delete(database, people.Id, before.Items[0].Id);
        }

        var after = first.Records.List(database, people.Id, deep);

        Assert.Multiple(() =>
        {
            Assert.That(before.Total, Is.EqualTo(1_100));
            Assert.That(before.Items[0]["Name"], Is.EqualTo("P1000"));
            Assert.That(after.Total, Is.EqualTo(1_099));
            Assert.That(after.Items[0]["Name"], Is.EqualTo("P1001"));
            Assert.That(after.Items, Has.Count.EqualTo(50));
        });
    });

    [Test]
    public void Search_repeated_answers_the_same_page_and_follows_a_write_that_changes_the_match()
    {
        using var f = new TestEngine();
        var people = f.Table("People", Field("Name", FieldTypeNames.SingleLineText), Field("Age", FieldTypeNames.Number));
        var ada = f.Create(people, ("Name", "Ada"), ("Age", 36));
        f.Create(people, ("Name", "Bob"), ("Age", 20));
        var query = new RecordQuery { Filter = FilterCondition.Compare("Age", FilterOperator.GreaterThan, 30), Sort = [new SortKey("Age", SortDirection.Descending)] };

        var first = f.Engine.Records.Search(f.Db, people.Id, query);
        var second = f.Engine.Records.Search(f.Db, people.Id, query);
        f.Update(people, ada, ("Age", 18));
        var third = f.Engine.Records.Search(f.Db, people.Id, query);

        Assert.Multiple(() =>
        {
            Assert.That(first.Total, Is.EqualTo(1));
            Assert.That(first.Items.Select(r => r["Name"]), Is.EqualTo(new[] { "Ada" }));
            Assert.That(second.Total, Is.EqualTo(1));
            Assert.That(second.Items.Select(r => r["Name"]), Is.EqualTo(new[] { "Ada" }));
            Assert.That(third.Total, Is.Zero);
            Assert.That(third.Items, Is.Empty);
        });
    }

    [Test]
    public void List_past_the_last_record_is_empty_with_the_total()
    {
        using var f = new TestEngine();
        var people = f.Table("People", Field("Name", FieldTypeNames.SingleLineText));
        f.Create(people, ("Name", "Ada"));
        f.Engine.Records.List(f.Db, people.Id);

        var page = f.Engine.Records.List(f.Db, people.Id, new Paging(5, 10));

        Assert.Multiple(() =>
        {
            Assert.That(page.Total, Is.EqualTo(1));
            Assert.That(page.Items, Is.Empty);
        });
    }

    // An engine on a data directory of its own, with a table People holding Ada, listed once so its schema and total are cached.
    private static void WithPeople(Action<string, SoftrEngine, DatabaseId, Table> test)
    {
        var directory = Directory.CreateTempSubdirectory("softrlite-page-").FullName;
        try
        {
            using var first = SoftrEngine.Open(directory);
            var database = first.Databases.Create(first.Workspaces.Default.Id, "Shared").Id;
            var people = first.Tables.Create(database, new NewTable("People") { Fields = [Field("Name", FieldTypeNames.SingleLineText)] });
            first.Records.Create(database, people.Id, Values(("Name", "Ada")));
            Assert.That(first.Records.List(database, people.Id).Total, Is.EqualTo(1));
            Assert.That(first.Records.List(database, people.Id).Total, Is.EqualTo(1));
            test(directory, first, database, people);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
