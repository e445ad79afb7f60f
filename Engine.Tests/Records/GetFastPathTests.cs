using SoftrLite.Tests.Support;
using static SoftrLite.Tests.Support.TestEngine;

namespace SoftrLite.Tests.Records;

/// <summary>
/// A get reads the row and the schema revision in one statement when its cached schema is current; when another
/// engine on the same files changed the schema, the get must notice and read the long way, never decode with a stale schema.
/// </summary>
public sealed class GetFastPathTests
{
    [Test]
    public void Get_sees_a_field_another_engine_added_and_filled() => WithPeople((directory, first, database, people, ada) =>
    {
        using (var second = SoftrEngine.Open(directory))
        {
            second.Fields.Add(database, people.Id, Field("Age", FieldTypeNames.Number));
            second.Records.Update(database, people.Id, ada.Id, Values(("Age", 36)));
        }

        var again = first.Records.Get(database, people.Id, ada.Id);
        Assert.That(again.Get<int>("Age"), Is.EqualTo(36));
    });

    [Test]
    public void Get_reports_not_found_when_another_engine_deleted_the_table() => WithPeople((directory, first, database, people, ada) =>
    {
        using (var second = SoftrEngine.Open(directory))
        {
            second.Tables.Delete(database, people.Id, DeleteMode.Force);
        }

        Assert.That(() => first.Records.Get(database, people.Id, ada.Id), SoftrThrows.Code(ErrorCode.ResourceNotFound));
    });

    [Test]
    public void Get_of_a_missing_record_is_not_found_on_the_fast_path()
    {
        using var f = new TestEngine();
        var people = f.Table("People", Field("Name", FieldTypeNames.SingleLineText));
        var ada = f.Create(people, ("Name", "Ada"));
        f.Get(people, ada);

        Assert.That(() => f.Engine.Records.Get(f.Db, people.Id, new RecordId("recNoSuchRecord")), SoftrThrows.Code(ErrorCode.ResourceNotFound));
    }

    // An engine on a data directory of its own, with a table People holding Ada, read once so its schema is cached.
    private static void WithPeople(Action<string, SoftrEngine, DatabaseId, Table, Record> test)
    {
        var directory = Directory.CreateTempSubdirectory("softrlite-get-").FullName;
        try
        {
            using var first = SoftrEngine.Open(directory);
            var database = first.Databases.Create(first.Workspaces.Default.Id, "Shared").Id;
            var people = first.Tables.Create(database, new NewTable("People") { Fields = [Field("Name", FieldTypeNames.SingleLineText)] });
            var ada = first.Records.Create(database, people.Id, Values(("Name", "Ada")));
            Assert.That(first.Records.Get(database, people.Id, ada.Id)["Name"], Is.EqualTo("Ada"));
            test(directory, first, database, people, ada);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
