using SoftrLite.Tests.Support;
using static SoftrLite.Tests.Support.TestEngine;

namespace SoftrLite.Tests.Records;

/// <summary>The C# conveniences: default paging, typed and by-name access, enumeration, object mapping, helpful errors.</summary>
public sealed class RecordErgonomicsTests
{
    [Test]
    public void List_returns_the_default_page_when_paging_is_new_or_default()
    {
        using var f = new TestEngine();
        var table = People(f, 25);

        Assert.Multiple(() =>
        {
            Assert.That(f.Engine.Records.List(f.Db, table.Id, new Paging()).Items, Has.Count.EqualTo(Paging.DefaultLimit));
            Assert.That(f.Engine.Records.List(f.Db, table.Id, default(Paging)).Items, Has.Count.EqualTo(Paging.DefaultLimit));
            Assert.That(f.Engine.Records.List(f.Db, table.Id, new Paging(20)).Items, Has.Count.EqualTo(5));
            Assert.That(f.Engine.Records.List(f.Db, table.Id, new Paging(0, 0)).Items, Is.Empty);
            Assert.That(f.Engine.Records.List(f.Db, table.Id, new Paging(0, 0)).Total, Is.EqualTo(25));
            Assert.That(new Paging(), Is.EqualTo(default(Paging)));
            Assert.That(new Paging(), Is.EqualTo(Paging.Default));
            Assert.That(() => f.Engine.Records.List(f.Db, table.Id, new Paging(0, -1)), SoftrThrows.Code(ErrorCode.BadRequest));
        });
    }

    [Test]
    public void Get_converts_numbers_when_exact()
    {
        using var f = new TestEngine();
        var table = People(f, 0);
        var record = f.Create(table, ("Name", "Ada"), ("Age", 36), ("Score", 2.5));

        Assert.Multiple(() =>
        {
            Assert.That(record.Get<int>("Age"), Is.EqualTo(36));
            Assert.That(record.Get<long>("Age"), Is.EqualTo(36L));
            Assert.That(record.Get<decimal>("Score"), Is.EqualTo(2.5m));
            Assert.That(record.Get<double>("Score"), Is.EqualTo(2.5));
            Assert.That(record.Get<int?>("Score2"), Is.Null);
            Assert.That(() => record.Get<int>("Score"), Throws.InstanceOf<InvalidCastException>());
            Assert.That(() => record.Get<bool>("Age"), Throws.InstanceOf<InvalidCastException>());
        });
    }

    [Test]
    public void Get_converts_dates_and_reads_choices_as_labels()
    {
        using var f = new TestEngine();
        var table = People(f, 0);
        var record = f.Create(table, ("Name", "Ada"), ("Born", new DateTime(1815, 12, 10)), ("Seen", new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(2))), ("Team", "Blue"));

        Assert.Multiple(() =>
        {
            Assert.That(record.Get<DateOnly>("Born"), Is.EqualTo(new DateOnly(1815, 12, 10)));
            Assert.That(record.Get<DateTime>("Born"), Is.EqualTo(new DateTime(1815, 12, 10)));
            Assert.That(record.Get<DateTimeOffset>("Born"), Is.EqualTo(new DateTimeOffset(1815, 12, 10, 0, 0, 0, TimeSpan.Zero)));
            Assert.That(record.Get<DateTime>("Seen"), Is.EqualTo(new DateTime(2026, 3, 1, 7, 30, 0, DateTimeKind.Utc)));
            Assert.That(record.Get<DateTime>("Seen").Kind, Is.EqualTo(DateTimeKind.Utc));
            Assert.That(record.Get<DateOnly>("Seen"), Is.EqualTo(new DateOnly(2026, 3, 1)));
            Assert.That(record.Get<string>("Team"), Is.EqualTo("Blue"));
            Assert.That(record.Get<SelectChoice>("Team")!.Label, Is.EqualTo("Blue"));
        });
    }

    [Test]
    public void Date_field_accepts_a_datetime_at_midnight_and_refuses_one_with_a_time()
    {
        using var f = new TestEngine();
        var table = People(f, 0);
        var before = f.Dump();

        Assert.Multiple(() =>
        {
            Assert.That(() => f.Create(table, ("Born", new DateTime(2026, 1, 2, 10, 0, 0))), SoftrThrows.Code(ErrorCode.ValidationError));
            Assert.That(f.Dump(), Is.EqualTo(before));
            Assert.That(f.Create(table, ("Born", new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.FromHours(-5)))).Get<DateOnly>("Born"), Is.EqualTo(new DateOnly(2026, 1, 2)));
        });
    }

    [Test]
    public void Values_read_and_write_by_field_name_or_id()
    {
        using var f = new TestEngine();
        var table = People(f, 0);
        var age = table.Fields.Single(x => x.Name == "Age").Id;
        var record = f.Engine.Records.Create(f.Db, table.Id, new Dictionary<string, object?> { ["Name"] = "Ada", [age.Value] = 36 });

        Assert.Multiple(() =>
        {
            Assert.That(record["Name"], Is.EqualTo("Ada"));
            Assert.That(record[age.Value], Is.EqualTo(36d));
            Assert.That(record["Age"], Is.EqualTo(record[age]));
            Assert.That(() => record["Nope"], SoftrThrows.Code(ErrorCode.UnknownField));
        });
    }

    [Test]
    public void Unknown_field_name_differing_only_in_case_suggests_the_right_one()
    {
        using var f = new TestEngine();
        var table = People(f, 1);
        var record = f.Engine.Records.List(f.Db, table.Id).Items[0];

        var fromRead = Assert.Throws<SoftrException>(() => _ = record["name"])!;
        var fromWrite = Assert.Throws<SoftrException>(() => f.Create(table, ("AGE", 3)))!;
        var fromTable = Assert.Throws<SoftrException>(() => f.Engine.Tables.GetByName(f.Db, "people"))!;

        Assert.Multiple(() =>
        {
            Assert.That(fromRead.Code, Is.EqualTo(ErrorCode.UnknownField));
            Assert.That(fromWrite.Code, Is.EqualTo(ErrorCode.UnknownField));
            Assert.That(fromTable.Code, Is.EqualTo(ErrorCode.ResourceNotFound));
            // The suggestion is the point of these errors, so its text is asserted.
            Assert.That(fromRead.Message, Does.Contain("Did you mean 'Name'?"));
            Assert.That(fromWrite.Message, Does.Contain("Did you mean 'Age'?"));
            Assert.That(fromTable.Message, Does.Contain("Did you mean 'People'?"));
            Assert.That(f.Engine.Tables.GetByName(f.Db, "People").Id, Is.EqualTo(table.Id));
        });
    }

    [Test]
    public void Enumerate_reads_every_matching_record_in_order_across_pages()
    {
        using var f = new TestEngine();
        var table = People(f, 450);
        var adults = new RecordQuery { Filter = FilterCondition.Compare("Age", FilterOperator.GreaterThanOrEquals, 18) };

        var all = f.Engine.Records.Enumerate(f.Db, table.Id).Select(r => r.Get<string>("Name")).ToArray();
        var filtered = f.Engine.Records.Enumerate(f.Db, table.Id, adults).Select(r => r.Get<int>("Age")).ToArray();
        var fromOffset = f.Engine.Records.Enumerate(f.Db, table.Id, RecordQuery.All with { Paging = new Paging(440) }).Count();

        Assert.Multiple(() =>
        {
            Assert.That(all, Is.EqualTo(Enumerable.Range(0, 450).Select(i => $"P{i}")));
            Assert.That(filtered, Has.Length.EqualTo(450 - 18));
            Assert.That(filtered, Is.All.GreaterThanOrEqualTo(18));
            Assert.That(fromOffset, Is.EqualTo(10));
        });
    }

    [Test]
    public void ToObject_and_RecordValues_map_properties_to_fields_by_name_and_attribute()
    {
        using var f = new TestEngine();
        var table = People(f, 0);
        var written = new Person { Name = "Ada", Years = 36, Born = new DateOnly(1815, 12, 10), Team = "Red", Note = "not a field" };

        var created = f.Engine.Records.Create(f.Db, table.Id, RecordValues.From(written));
        var read = created.ToObject<Person>();

        Assert.Multiple(() =>
        {
            Assert.That(read.Id, Is.EqualTo(created.Id));
            Assert.That(read.Name, Is.EqualTo("Ada"));
            Assert.That(read.Years, Is.EqualTo(36));
            Assert.That(read.Born, Is.EqualTo(new DateOnly(1815, 12, 10)));
            Assert.That(read.Team, Is.EqualTo("Red"));
            Assert.That(read.Note, Is.Null);
            Assert.That(read.Score, Is.Null);
        });
    }

    [Test]
    public void Disposed_engine_names_SoftrEngine()
    {
        var f = new TestEngine();
        var table = People(f, 1);
        f.Dispose();

        var error = Assert.Throws<ObjectDisposedException>(() => f.Engine.Records.List(f.Db, table.Id))!;

        Assert.That(error.ObjectName, Does.EndWith(nameof(SoftrEngine)));
    }

    [Test]
    public void Read_record_answers_by_id_name_and_dictionary_alike_and_compares_by_its_values_object()
    {
        using var f = new TestEngine();
        var table = People(f, 0);
        var created = f.Create(table, ("Name", "Ada"), ("Age", 36));
        var read = f.Engine.Records.Get(f.Db, table.Id, created.Id);
        var age = table.Fields[1].Id;
        var copy = read with { };
        var replaced = read with { Fields = new Dictionary<FieldId, object> { [age] = 40.0 } };

        Assert.Multiple(() =>
        {
            Assert.That(read[age], Is.EqualTo(36.0));
            Assert.That(read["Age"], Is.EqualTo(36.0));
            Assert.That(read.Get<int>(age), Is.EqualTo(36));
            Assert.That(read["Score"], Is.Null);
            Assert.That(read.Fields, Has.Count.EqualTo(2));
            Assert.That(read.Fields.Keys, Is.EqualTo(new[] { table.Fields[0].Id, age }));
            Assert.That(read.Fields[age], Is.EqualTo(36.0));
            Assert.That(copy, Is.EqualTo(read));
            Assert.That(copy.GetHashCode(), Is.EqualTo(read.GetHashCode()));
            Assert.That(f.Engine.Records.Get(f.Db, table.Id, created.Id), Is.Not.EqualTo(read), "another read holds other values objects");
            Assert.That(replaced["Age"], Is.EqualTo(40.0), "a record given a dictionary reads from it");
            Assert.That(replaced["Name"], Is.Null);
            Assert.That(replaced, Is.Not.EqualTo(read));
        });
    }

    private static Table People(TestEngine f, int count)
    {
        var table = f.Table(
            "People",
            Field("Name", FieldTypeNames.SingleLineText),
            Field("Age", FieldTypeNames.Number),
            Field("Score", FieldTypeNames.Number),
            Field("Score2", FieldTypeNames.Number),
            Field("Born", FieldTypeNames.Date),
            Field("Seen", FieldTypeNames.DateTime),
            Field("Team", FieldTypeNames.Select, """{"choices":[{"label":"Red"},{"label":"Blue"}]}"""));
        if (count > 0)
        {
            f.Engine.Records.CreateMany(f.Db, table.Id, Enumerable.Range(0, count).Select(i => Values(("Name", $"P{i}"), ("Age", i))).ToArray());
        }

        return table;
    }

    private sealed class Person
    {
        public RecordId Id { get; set; }

        public string? Name { get; set; }

        [SoftrField("Age")]
        public int Years { get; set; }

        public DateOnly? Born { get; set; }

        public string? Team { get; set; }

        public double? Score { get; set; }

        [SoftrField(Ignore = true)]
        public string? Note { get; set; }
    }
}
