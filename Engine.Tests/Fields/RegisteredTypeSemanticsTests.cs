using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Fields;

/// <summary>
/// A user-registered type is filtered, sorted and read in formulas according to what its class declares, like a
/// built-in one: TEMPERATURE (REAL storage) as a number, SLUG (text storage) as text.
/// </summary>
public sealed class RegisteredTypeSemanticsTests
{
    // As text, "9" > "10" and "100" < "9": these values order differently as numbers and as text.
    private static readonly (string City, string Slug, double? Temp)[] Cities =
        [("Oslo", "oslo", 9), ("Rome", "rome", 10.5), ("Cairo", "cairo", 100), ("Lima", "lima", null)];

    [Test]
    public void Search_filters_a_registered_numeric_type_with_number_operators()
    {
        using var t = Open();

        var above = Names(t, FilterCondition.Compare("Temp", FilterOperator.GreaterThan, 10));
        var between = Names(t, FilterCondition.Range("Temp", FilterOperator.IsBetween, 9.5, 50));
        var oneOf = Names(t, FilterCondition.Compare("Temp", FilterOperator.IsOneOf, new[] { 9, 100 }));

        Assert.Multiple(() =>
        {
            Assert.That(above, Is.EqualTo(new[] { "Rome", "Cairo" }));
            Assert.That(between, Is.EqualTo(new[] { "Rome" }));
            Assert.That(oneOf, Is.EqualTo(new[] { "Oslo", "Cairo" }));
        });
    }

    [Test]
    public void Search_throws_bad_request_when_a_text_operator_is_used_on_a_registered_numeric_type()
    {
        using var t = Open();

        Assert.That(() => Names(t, FilterCondition.Compare("Temp", FilterOperator.Contains, "1")), SoftrThrows.Code(ErrorCode.BadRequest));
    }

    [Test]
    public void Search_filters_a_registered_text_type_with_text_operators()
    {
        using var t = Open();

        var starts = Names(t, FilterCondition.Compare("Slug", FilterOperator.StartsWith, "RO"));

        Assert.Multiple(() =>
        {
            Assert.That(starts, Is.EqualTo(new[] { "Rome" }));
            Assert.That(() => Names(t, FilterCondition.Compare("Slug", FilterOperator.GreaterThan, 3)), SoftrThrows.Code(ErrorCode.BadRequest));
        });
    }

    [Test]
    public void Search_sorts_a_registered_numeric_type_as_numbers()
    {
        using var t = Open();

        var ascending = Names(t, null, new SortKey("Temp"));
        var descending = Names(t, null, new SortKey("Temp", SortDirection.Descending));

        Assert.Multiple(() =>
        {
            Assert.That(ascending, Is.EqualTo(new[] { "Lima", "Oslo", "Rome", "Cairo" }));
            Assert.That(descending, Is.EqualTo(new[] { "Cairo", "Rome", "Oslo", "Lima" }));
        });
    }

    [Test]
    public void Formula_reads_a_registered_type_as_what_its_storage_makes_it()
    {
        using var t = Open();
        var reading = t.Engine.Fields.Add(t.Db, t.Table, new NewField("Reading", FieldTypeNames.Formula) { Options = TestEngine.Json("""{"formula":"{Temp}"}""") });
        var fahrenheit = t.Engine.Fields.Add(t.Db, t.Table, new NewField("Fahrenheit", FieldTypeNames.Formula) { Options = TestEngine.Json("""{"formula":"{Temp} * 9 / 5 + 32"}""") });
        var shout = t.Engine.Fields.Add(t.Db, t.Table, new NewField("Shout", FieldTypeNames.Formula) { Options = TestEngine.Json("""{"formula":"UPPER({Slug})"}""") });

        var rome = t.Engine.Records.Search(t.Db, t.Table, new RecordQuery { Filter = FilterCondition.Compare("Name", FilterOperator.Is, "Rome") }).Items.Single();
        var hot = Names(t, FilterCondition.Compare("Fahrenheit", FilterOperator.GreaterThan, 100));

        Assert.Multiple(() =>
        {
            Assert.That(reading.Options.GetProperty("resultType").GetString(), Is.EqualTo("NUMBER"));
            Assert.That(fahrenheit.Options.GetProperty("resultType").GetString(), Is.EqualTo("NUMBER"));
            Assert.That(shout.Options.GetProperty("resultType").GetString(), Is.EqualTo("TEXT"));
            Assert.That(rome["Fahrenheit"], Is.EqualTo(50.9).Within(1e-9));
            Assert.That(rome["Shout"], Is.EqualTo("ROME"));
            Assert.That(hot, Is.EqualTo(new[] { "Cairo" }));
        });
    }

    [Test]
    public void Create_throws_validation_error_when_a_value_breaks_the_registered_types_options()
    {
        using var t = Open();
        var frozen = t.Engine.Fields.Add(t.Db, t.Table, new NewField("Frozen", TemperatureType.TypeName) { Options = TestEngine.Json("""{"lowest":-20}""") });

        Assert.Multiple(() =>
        {
            Assert.That(() => t.Engine.Records.Create(t.Db, t.Table, new Dictionary<string, object?> { ["Frozen"] = -30 }), SoftrThrows.Code(ErrorCode.ValidationError));
            Assert.That(t.Engine.Records.Create(t.Db, t.Table, new Dictionary<string, object?> { ["Frozen"] = -10 })[frozen.Id], Is.EqualTo(-10.0));
        });
    }

    [Test]
    public void Records_parse_a_registered_types_options_once_per_schema_not_per_value()
    {
        using var t = Open();
        t.Engine.Records.List(t.Db, t.Table);
        var before = t.Temperature.Parses;

        for (var i = 0; i < 20; i++)
        {
            t.Engine.Records.Create(t.Db, t.Table, new Dictionary<string, object?> { ["Name"] = "City " + i, ["Temp"] = i });
        }

        t.Engine.Records.List(t.Db, t.Table, new Paging(0, 100));
        Names(t, FilterCondition.Compare("Temp", FilterOperator.GreaterThan, 5), new SortKey("Temp"));

        Assert.That(t.Temperature.Parses, Is.EqualTo(before));
    }

    /// <summary>An engine with TEMPERATURE and SLUG registered and a table of four cities.</summary>
    internal static Setup Open()
    {
        var temperature = new TemperatureType();
        var engine = TestBackend.Open(new SoftrEngineOptions
        {
            IdSeed = 7,
            FieldTypes = FieldTypeRegistry.BuiltIn.With(temperature).With(new SlugType()),
        });
        var db = engine.NewDatabase().Id;
        var table = engine.Tables.Create(db, new NewTable("Cities")
        {
            Fields =
            [
                new NewField("Name", FieldTypeNames.SingleLineText),
                new NewField("Slug", SlugType.TypeName),
                new NewField("Temp", TemperatureType.TypeName),
            ],
        });
        foreach (var (city, slug, temp) in Cities)
        {
            engine.Records.Create(db, table.Id, new Dictionary<string, object?> { ["Name"] = city, ["Slug"] = slug, ["Temp"] = temp });
        }

        return new Setup(engine, db, table.Id, temperature);
    }

    private static string[] Names(Setup t, FilterCondition? filter, params SortKey[] sort) =>
        t.Engine.Records.Search(t.Db, t.Table, new RecordQuery { Filter = filter, Sort = sort })
            .Items.Select(r => (string)r["Name"]!).ToArray();

    /// <summary>The engine and the table of one test.</summary>
    internal sealed record Setup(SoftrEngine Engine, DatabaseId Db, TableId Table, TemperatureType Temperature) : IDisposable
    {
        public void Dispose() => Engine.Dispose();
    }
}
