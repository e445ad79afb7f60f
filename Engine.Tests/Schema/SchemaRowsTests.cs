using SoftrLite.Tests.Support;
using static SoftrLite.Tests.Support.TestEngine;

namespace SoftrLite.Tests.Schema;

/// <summary>
/// Each session keeps the schema rows of the last revision it read or published; these check that what it serves is
/// always the file's schema: after another engine's write, after a write that failed, after index changes.
/// </summary>
public sealed class SchemaRowsTests
{
    private string _directory = "";

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("softrlite-schema-rows-").FullName;

    [TearDown]
    public void DeleteDirectory()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Test]
    public void Fields_added_by_two_engines_on_one_directory_are_seen_by_both_when_they_alternate()
    {
        using var first = SoftrEngine.Open(_directory, new SoftrEngineOptions { IdSeed = 1 });
        var db = first.Databases.Create(first.Workspaces.Default.Id, "Shared").Id;
        var table = first.Tables.Create(db, new NewTable("People")).Id;
        using var second = SoftrEngine.Open(_directory, new SoftrEngineOptions { IdSeed = 2 });

        first.Fields.Add(db, table, Field("A", FieldTypeNames.Number));
        second.Fields.Add(db, table, Field("B", FieldTypeNames.Number));
        first.Fields.Add(db, table, Field("C", FieldTypeNames.Checkbox));
        second.Fields.Add(db, table, Field("D", FieldTypeNames.SingleLineText));

        string[] expected = ["Name", "A", "B", "C", "D"];
        Assert.Multiple(() =>
        {
            Assert.That(first.Tables.Get(db, table).Fields.Select(f => f.Name), Is.EqualTo(expected));
            Assert.That(second.Tables.Get(db, table).Fields.Select(f => f.Name), Is.EqualTo(expected));
        });
    }

    [Test]
    public void Field_add_that_fails_leaves_the_next_calls_seeing_the_schema_before_it()
    {
        var armed = false;
        using var f = new TestEngine(new SoftrEngineOptions { IdSeed = 3, FailPoint = step => { if (armed && step == "field.add") { throw new InvalidOperationException("injected"); } } });
        var table = f.Table("People", Field("Name", FieldTypeNames.SingleLineText));
        f.Engine.Fields.Add(f.Db, table.Id, Field("Age", FieldTypeNames.Number));
        armed = true;

        Assert.That(() => f.Engine.Fields.Add(f.Db, table.Id, Field("Score", FieldTypeNames.Number)), Throws.InvalidOperationException);
        armed = false;
        var added = f.Engine.Fields.Add(f.Db, table.Id, Field("Rank", FieldTypeNames.Number));

        Assert.Multiple(() =>
        {
            Assert.That(f.Engine.Tables.Get(f.Db, table.Id).Fields.Select(x => x.Name), Is.EqualTo(new[] { "Name", "Age", "Rank" }));
            Assert.That(f.Engine.Fields.Get(f.Db, table.Id, added.Id).Name, Is.EqualTo("Rank"));
        });
    }

    [Test]
    public void Index_added_then_removed_shows_in_every_later_read_of_the_field()
    {
        using var f = new TestEngine();
        var table = f.Table("People", Field("Name", FieldTypeNames.SingleLineText), Field("Age", FieldTypeNames.Number));
        var age = table.Fields[1].Id;
        f.Engine.Fields.Add(f.Db, table.Id, Field("Score", FieldTypeNames.Number));

        f.Engine.Fields.AddIndex(f.Db, table.Id, age);
        var afterAdd = f.Engine.Tables.Get(f.Db, table.Id).Fields[1].Indexed;
        f.Engine.Fields.RemoveIndex(f.Db, table.Id, age);
        var afterRemove = f.Engine.Fields.Get(f.Db, table.Id, age).Indexed;

        Assert.Multiple(() =>
        {
            Assert.That(afterAdd, Is.True);
            Assert.That(afterRemove, Is.False);
        });
    }
}
