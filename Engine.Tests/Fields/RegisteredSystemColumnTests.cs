using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Fields;

/// <summary>A user-registered type may read a system column by declaring it, and filters and sorts by the family it declares.</summary>
public sealed class RegisteredSystemColumnTests
{
    [Test]
    public void Search_filters_and_sorts_a_registered_type_that_reads_the_creation_time()
    {
        var clock = new ManualClock(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero));
        using var engine = TestBackend.Open(new SoftrEngineOptions
        {
            IdSeed = 3,
            TimeProvider = clock,
            FieldTypes = FieldTypeRegistry.BuiltIn.With(new CreatedDayType()),
        });
        var db = engine.NewDatabase().Id;
        var table = engine.Tables.Create(db, new NewTable("Notes")
        {
            Fields = [new NewField("Name", FieldTypeNames.SingleLineText), new NewField("Day", CreatedDayType.TypeName)],
        });
        engine.Records.Create(db, table.Id, new Dictionary<string, object?> { ["Name"] = "First" });
        clock.Advance(TimeSpan.FromDays(2));
        var second = engine.Records.Create(db, table.Id, new Dictionary<string, object?> { ["Name"] = "Second" });

        string[] Names(FilterCondition? filter, params SortKey[] sort) =>
            engine.Records.Search(db, table.Id, new RecordQuery { Filter = filter, Sort = sort }).Items.Select(r => (string)r["Name"]!).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(second["Day"], Is.EqualTo(new DateOnly(2024, 5, 3)));
            Assert.That(Names(FilterCondition.Compare("Day", FilterOperator.GreaterThan, "2024-05-02")), Is.EqualTo(new[] { "Second" }));
            Assert.That(Names(null, new SortKey("Day", SortDirection.Descending)), Is.EqualTo(new[] { "Second", "First" }));
            Assert.That(
                () => engine.Records.Update(db, table.Id, second.Id, new Dictionary<string, object?> { ["Day"] = "2020-01-01" }),
                SoftrThrows.Code(ErrorCode.ValidationError));
        });
    }

    /// <summary>CREATED_DAY: the calendar day (UTC) the record was created, read from the creation-time system column.</summary>
    private sealed class CreatedDayType() : FieldType(TypeName)
    {
        public const string TypeName = "CREATED_DAY";

        public override bool IsReadOnly => true;

        public override FieldStorage Storage => FieldStorage.None;

        public override SystemColumn SystemColumn => SystemColumn.CreatedAt;

        public override ValueFamily FilterFamily(Field field) => ValueFamily.Instant;

        public override FormulaResultType FormulaType(Field field) => FormulaResultType.Instant;

        public override System.Text.Json.JsonElement NormalizeOptions(System.Text.Json.JsonElement options, FieldOptionsContext context) => options;

        public override object? Decode(StoredValue stored, FieldValueContext context) =>
            DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(stored.Integer).UtcDateTime);
    }
}
