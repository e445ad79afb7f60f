using SoftrLite.Tests.Support;
using System.Text.Json;
using NUnit.Framework.Constraints;

namespace SoftrLite.Tests.Fields;

/// <summary>Value rules of the text, numeric, checkbox and date types: accepted inputs, refused inputs, round trips.</summary>
[TestFixture]
public sealed class FieldValueTests
{
    private static readonly string Long1024 = new('x', 1024);
    private static readonly string Long1025 = new('x', 1025);

    [TestCase("SINGLE_LINE_TEXT", "\"hello\"", "hello")]
    [TestCase("SINGLE_LINE_TEXT", "\"  spaced  \"", "  spaced  ")]
    [TestCase("SINGLE_LINE_TEXT", "\"Žluťoučký kůň 🐎\"", "Žluťoučký kůň 🐎")]
    [TestCase("LONG_TEXT", "\"line one\\nline two\\r\\n\"", "line one\nline two\r\n")]
    [TestCase("EMAIL", "\"  Ann@Example.com \"", "Ann@Example.com")]
    [TestCase("EMAIL", "\"a.b+tag@sub.example.co.uk\"", "a.b+tag@sub.example.co.uk")]
    [TestCase("EMAIL", "\"jan@xn--bcher-kva.de\"", "jan@xn--bcher-kva.de")]
    [TestCase("EMAIL", "\"jürgen@bücher.de\"", "jürgen@bücher.de")]
    [TestCase("PHONE", "\"+420 123 456 789\"", "+420 123 456 789")]
    [TestCase("PHONE", "\"  555-1234 \"", "555-1234")]
    [TestCase("URL", "\"https://example.com\"", "https://example.com")]
    [TestCase("URL", "\" http://example.com/a?b=c#d \"", "http://example.com/a?b=c#d")]
    [TestCase("URL", "\"https://bücher.de/straße\"", "https://bücher.de/straße")]
    public void Normalize_keeps_text_when_it_is_valid(string type, string json, string expected)
    {
        AssertAccepts(ValueHarness.Field(type), ValueHarness.Json(json), StoredValue.FromText(expected), expected);
    }

    [Test]
    public void Normalize_accepts_text_at_the_length_limits()
    {
        AssertAccepts(ValueHarness.Field("SINGLE_LINE_TEXT"), FieldInput.FromObject(Long1024), StoredValue.FromText(Long1024), Long1024);
        var longText = new string('y', 65_536);
        AssertAccepts(ValueHarness.Field("LONG_TEXT"), FieldInput.FromObject(longText), StoredValue.FromText(longText), longText);
        var shortText = ValueHarness.Field("SINGLE_LINE_TEXT", """{"minLength":2,"maxLength":3}""");
        AssertAccepts(shortText, FieldInput.FromObject("ab"), StoredValue.FromText("ab"), "ab");
        AssertAccepts(shortText, FieldInput.FromObject("abc"), StoredValue.FromText("abc"), "abc");
    }

    [TestCase("SINGLE_LINE_TEXT", "5")]
    [TestCase("SINGLE_LINE_TEXT", "true")]
    [TestCase("SINGLE_LINE_TEXT", "null")]
    [TestCase("SINGLE_LINE_TEXT", """{"text":"a"}""")]
    [TestCase("SINGLE_LINE_TEXT", """["a"]""")]
    [TestCase("SINGLE_LINE_TEXT", "\"two\\nlines\"")]
    [TestCase("SINGLE_LINE_TEXT", "\"carriage\\rreturn\"")]
    [TestCase("LONG_TEXT", "12.5")]
    [TestCase("LONG_TEXT", "false")]
    [TestCase("LONG_TEXT", """["a","b"]""")]
    [TestCase("EMAIL", "\"ann\"")]
    [TestCase("EMAIL", "\"ann@\"")]
    [TestCase("EMAIL", "\"@example.com\"")]
    [TestCase("EMAIL", "\"ann@example\"")]
    [TestCase("EMAIL", "\"ann@@example.com\"")]
    [TestCase("EMAIL", "\"ann@b@example.com\"")]
    [TestCase("EMAIL", "\"a nn@example.com\"")]
    [TestCase("EMAIL", "\"ann@-example.com\"")]
    [TestCase("EMAIL", "\"ann@example-.com\"")]
    [TestCase("EMAIL", "\"ann@exa_mple.com\"")]
    [TestCase("EMAIL", "\"ann@example..com\"")]
    [TestCase("EMAIL", "\"ann@.example.com\"")]
    [TestCase("EMAIL", "\"   \"")]
    [TestCase("EMAIL", "42")]
    [TestCase("PHONE", "\"   \"")]
    [TestCase("PHONE", "\"12345678901234567890123456\"")]
    [TestCase("PHONE", "\"123\\n456\"")]
    [TestCase("PHONE", "123456")]
    [TestCase("PHONE", "[]")]
    [TestCase("URL", "\"example.com\"")]
    [TestCase("URL", "\"ftp://example.com/file.txt\"")]
    [TestCase("URL", "\"mailto:ann@example.com\"")]
    [TestCase("URL", "\"javascript:alert(1)\"")]
    [TestCase("URL", "\"http://\"")]
    [TestCase("URL", "\"/relative/path\"")]
    [TestCase("URL", "\"https://example.com/a\\nb\"")]
    [TestCase("URL", "\"https:example.com\"")]
    [TestCase("URL", "{}")]
    public void Normalize_throws_validation_error_when_text_is_invalid(string type, string json)
    {
        AssertRefuses(ValueHarness.Field(type), ValueHarness.Json(json));
    }

    [Test]
    public void Normalize_throws_validation_error_when_text_is_too_long()
    {
        AssertRefuses(ValueHarness.Field("SINGLE_LINE_TEXT"), FieldInput.FromObject(Long1025));
        AssertRefuses(ValueHarness.Field("SINGLE_LINE_TEXT", """{"maxLength":5}"""), FieldInput.FromObject("abcdef"));
        AssertRefuses(ValueHarness.Field("LONG_TEXT"), FieldInput.FromObject(new string('y', 65_537)));
        AssertRefuses(ValueHarness.Field("EMAIL"), FieldInput.FromObject(new string('a', 65) + "@example.com"));
        AssertRefuses(ValueHarness.Field("EMAIL"), FieldInput.FromObject("ann@" + string.Join('.', Enumerable.Repeat(new string('d', 60), 6)) + ".com"));
        AssertRefuses(ValueHarness.Field("URL"), FieldInput.FromObject("https://example.com/" + new string('p', 1981)));
    }

    [Test]
    public void Normalize_throws_validation_error_when_text_is_shorter_than_min_length()
    {
        AssertRefuses(ValueHarness.Field("SINGLE_LINE_TEXT", """{"minLength":3}"""), FieldInput.FromObject("ab"));
    }

    [TestCase("NUMBER", "{}", "36", 36d)]
    [TestCase("NUMBER", "{}", "-1.5", -1.5)]
    [TestCase("NUMBER", "{}", "1e300", 1e300)]
    [TestCase("NUMBER", "{}", "-1e-300", -1e-300)]
    [TestCase("NUMBER", "{}", "123456789012345678901234567890", 1.2345678901234568E+29)]
    [TestCase("NUMBER", """{"precision":2}""", "0.125", 0.13)]
    [TestCase("NUMBER", """{"precision":2}""", "-0.125", -0.13)]
    [TestCase("NUMBER", """{"precision":2}""", "1.005", 1.01)]
    [TestCase("NUMBER", """{"precision":2}""", "2.345", 2.35)]
    [TestCase("NUMBER", """{"precision":8}""", "39656925.315789476", 39656925.315789476)]
    [TestCase("NUMBER", """{"precision":2}""", "123456789012345.67", 123456789012345.67)]
    [TestCase("NUMBER", """{"precision":0}""", "1000000000000000.5", 1000000000000001d)]
    [TestCase("NUMBER", """{"precision":0}""", "2.5", 3d)]
    [TestCase("NUMBER", """{"precision":2}""", "-0.001", 0d)]
    [TestCase("NUMBER", """{"min":0,"max":100}""", "0", 0d)]
    [TestCase("NUMBER", """{"min":0,"max":100}""", "100", 100d)]
    [TestCase("CURRENCY", """{"precision":2}""", "19.999", 20d)]
    [TestCase("CURRENCY", "{}", "-250.75", -250.75)]
    [TestCase("PERCENT", """{"min":-100,"max":100}""", "50", 50d)]
    [TestCase("PERCENT", "{}", "0.5", 0.5)]
    [TestCase("DURATION", "{}", "3600", 3600d)]
    [TestCase("DURATION", "{}", "90.5", 90.5)]
    public void Normalize_keeps_numbers_when_they_are_valid(string type, string options, string json, double expected)
    {
        AssertAccepts(ValueHarness.Field(type, options), ValueHarness.Json(json), StoredValue.FromReal(expected), expected);
    }

    [Test]
    public void Normalize_accepts_dotnet_numbers()
    {
        var field = ValueHarness.Field("NUMBER");
        AssertAccepts(field, FieldInput.FromObject(36), StoredValue.FromReal(36), 36d);
        AssertAccepts(field, FieldInput.FromObject(2.5m), StoredValue.FromReal(2.5), 2.5);
        AssertAccepts(field, FieldInput.FromObject(-7L), StoredValue.FromReal(-7), -7d);
        AssertAccepts(field, FieldInput.FromObject(0.25f), StoredValue.FromReal(0.25), 0.25);
    }

    [TestCase("NUMBER", "{}", "\"5\"")]
    [TestCase("NUMBER", "{}", "true")]
    [TestCase("NUMBER", "{}", "null")]
    [TestCase("NUMBER", "{}", "[5]")]
    [TestCase("NUMBER", "{}", """{"value":5}""")]
    [TestCase("NUMBER", "{}", "1e400")]
    [TestCase("NUMBER", "{}", "-1e400")]
    [TestCase("NUMBER", """{"min":0,"max":100}""", "-0.01")]
    [TestCase("NUMBER", """{"min":0,"max":100}""", "100.5")]
    [TestCase("NUMBER", """{"min":0}""", "-5")]
    [TestCase("NUMBER", """{"max":10}""", "11")]
    [TestCase("NUMBER", """{"precision":1,"max":9.99}""", "9.98")]
    [TestCase("CURRENCY", "{}", "\"$5\"")]
    [TestCase("CURRENCY", """{"min":0}""", "-0.5")]
    [TestCase("PERCENT", """{"min":0,"max":100}""", "101")]
    [TestCase("PERCENT", "{}", "\"50%\"")]
    [TestCase("DURATION", "{}", "\"01:00:00\"")]
    [TestCase("DURATION", "{}", "false")]
    public void Normalize_throws_validation_error_when_number_is_invalid(string type, string options, string json)
    {
        AssertRefuses(ValueHarness.Field(type, options), ValueHarness.Json(json));
    }

    [Test]
    public void Normalize_throws_validation_error_when_number_is_not_finite(
        [Values("NUMBER", "CURRENCY", "PERCENT", "DURATION", "RATING")] string type,
        [Values(double.NaN, double.PositiveInfinity, double.NegativeInfinity)] double value)
    {
        AssertRefuses(ValueHarness.Field(type), FieldInput.FromObject(value));
    }

    [Test]
    public void Normalize_stores_plain_zero_when_rounding_gives_negative_zero()
    {
        var field = ValueHarness.Field("NUMBER", """{"precision":2}""");
        var stored = ValueHarness.Normalize(field, ValueHarness.Json("-0.001"));
        Assert.That(double.IsNegative(stored.Real), Is.False);
    }

    [TestCase("{}", "0", 0L)]
    [TestCase("{}", "5", 5L)]
    [TestCase("{}", "3.0", 3L)]
    [TestCase("""{"max":10}""", "10", 10L)]
    public void Normalize_keeps_ratings_when_they_are_whole_numbers_in_range(string options, string json, long expected)
    {
        AssertAccepts(ValueHarness.Field("RATING", options), ValueHarness.Json(json), StoredValue.FromInteger(expected), expected);
        AssertAccepts(ValueHarness.Field("RATING", options), FieldInput.FromObject((int)expected), StoredValue.FromInteger(expected), expected);
    }

    [TestCase("{}", "5.5")]
    [TestCase("{}", "0.1")]
    [TestCase("{}", "-1")]
    [TestCase("{}", "6")]
    [TestCase("""{"max":3}""", "4")]
    [TestCase("{}", "\"3\"")]
    [TestCase("{}", "true")]
    [TestCase("{}", "[3]")]
    [TestCase("{}", "1e400")]
    [TestCase("{}", "null")]
    [TestCase("{}", """{"stars":3}""")]
    public void Normalize_throws_validation_error_when_rating_is_invalid(string options, string json)
    {
        AssertRefuses(ValueHarness.Field("RATING", options), ValueHarness.Json(json));
    }

    [Test]
    public void Normalize_keeps_checkbox_as_one_or_zero()
    {
        var field = ValueHarness.Field("CHECKBOX");
        AssertAccepts(field, ValueHarness.Json("true"), StoredValue.FromInteger(1), true);
        AssertAccepts(field, ValueHarness.Json("false"), StoredValue.FromInteger(0), false);
        AssertAccepts(field, FieldInput.FromObject(true), StoredValue.FromInteger(1), true);
        AssertAccepts(field, FieldInput.FromObject(false), StoredValue.FromInteger(0), false);
    }

    [TestCase("1")]
    [TestCase("0")]
    [TestCase("1.0")]
    [TestCase("\"true\"")]
    [TestCase("\"false\"")]
    [TestCase("\"yes\"")]
    [TestCase("\"\"")]
    [TestCase("[true]")]
    [TestCase("""{"checked":true}""")]
    [TestCase("null")]
    [TestCase("[]")]
    public void Normalize_throws_validation_error_when_checkbox_is_not_a_boolean(string json)
    {
        AssertRefuses(ValueHarness.Field("CHECKBOX"), ValueHarness.Json(json));
    }

    [TestCase("\"2024-02-29\"", 2024, 2, 29)]
    [TestCase("\"0001-01-01\"", 1, 1, 1)]
    [TestCase("\"9999-12-31\"", 9999, 12, 31)]
    public void Normalize_keeps_date_when_it_is_a_calendar_date(string json, int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);
        AssertAccepts(ValueHarness.Field("DATE"), ValueHarness.Json(json), StoredValue.FromText(json.Trim('"')), date);
        AssertAccepts(ValueHarness.Field("DATE"), FieldInput.FromObject(date), StoredValue.FromText(json.Trim('"')), date);
    }

    [TestCase("\"2023-02-29\"")]
    [TestCase("\"2024-13-01\"")]
    [TestCase("\"2024-00-10\"")]
    [TestCase("\"2024-04-31\"")]
    [TestCase("\"2024-1-5\"")]
    [TestCase("\"24-01-05\"")]
    [TestCase("\"2024/01/05\"")]
    [TestCase("\"2024-01-05T00:00:00Z\"")]
    [TestCase("\" 2024-01-05\"")]
    [TestCase("\"0000-01-01\"")]
    [TestCase("\"２０２４-01-05\"")]
    [TestCase("\"today\"")]
    [TestCase("20240105")]
    [TestCase("true")]
    [TestCase("""["2024-01-05"]""")]
    public void Normalize_throws_validation_error_when_date_is_invalid(string json)
    {
        AssertRefuses(ValueHarness.Field("DATE"), ValueHarness.Json(json));
    }

    [Test]
    public void Normalize_throws_validation_error_when_date_is_given_a_date_time_object_with_a_time()
    {
        AssertRefuses(ValueHarness.Field("DATE"), FieldInput.FromObject(new DateTimeOffset(2024, 5, 1, 14, 30, 0, TimeSpan.Zero)));
        AssertRefuses(ValueHarness.Field("DATE"), FieldInput.FromObject(new DateTime(2024, 5, 1, 0, 0, 1)));
    }

    [Test]
    public void Normalize_keeps_the_date_of_a_date_time_object_at_midnight()
    {
        var field = ValueHarness.Field("DATE");
        Assert.Multiple(() =>
        {
            Assert.That(ValueHarness.Normalize(field, FieldInput.FromObject(new DateTime(2024, 5, 1))), Is.EqualTo(StoredValue.FromText("2024-05-01")));
            Assert.That(ValueHarness.Normalize(field, FieldInput.FromObject(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.FromHours(9)))), Is.EqualTo(StoredValue.FromText("2024-05-01")));
        });
    }

    [TestCase("\"2024-05-01T14:30:00Z\"", "UTC", "DEFAULT", "2024-05-01T14:30:00.000Z")]
    [TestCase("\"2024-05-01T14:30Z\"", "UTC", "DEFAULT", "2024-05-01T14:30:00.000Z")]
    [TestCase("\"2024-05-01T14:30:00+02:00\"", "UTC", "DEFAULT", "2024-05-01T12:30:00.000Z")]
    [TestCase("\"2024-05-01T14:30:00.1239999-05:30\"", "UTC", "DEFAULT", "2024-05-01T20:00:00.123Z")]
    [TestCase("\"2024-05-01T14:30:00.5Z\"", "UTC", "DEFAULT", "2024-05-01T14:30:00.500Z")]
    [TestCase("\"2024-05-01T14:30\"", "UTC", "DEFAULT", "2024-05-01T14:30:00.000Z")]
    [TestCase("\"2024-05-01T14:30\"", "UTC", "Europe/Prague", "2024-05-01T12:30:00.000Z")]
    [TestCase("\"2024-05-01T14:30\"", "Europe/Prague", "DEFAULT", "2024-05-01T12:30:00.000Z")]
    [TestCase("\"2024-05-01T14:30\"", "Europe/Prague", "America/New_York", "2024-05-01T18:30:00.000Z")]
    [TestCase("\"2024-05-01T14:30:00+00:00\"", "Europe/Prague", "America/New_York", "2024-05-01T14:30:00.000Z")]
    [TestCase("\"2024-05-01\"", "UTC", "DEFAULT", "2024-05-01T00:00:00.000Z")]
    [TestCase("\"2024-05-01\"", "UTC", "Europe/Prague", "2024-04-30T22:00:00.000Z")]
    [TestCase("\"2024-03-31T02:30\"", "UTC", "Europe/Prague", "2024-03-31T01:30:00.000Z")]
    [TestCase("\"2024-10-27T02:30\"", "UTC", "Europe/Prague", "2024-10-27T00:30:00.000Z")]
    [TestCase("\"2024-03-10T02:30\"", "UTC", "America/New_York", "2024-03-10T07:30:00.000Z")]
    [TestCase("\"0001-01-01T00:00Z\"", "UTC", "DEFAULT", "0001-01-01T00:00:00.000Z")]
    [TestCase("\"9999-12-31T23:59:59.9999999Z\"", "UTC", "DEFAULT", "9999-12-31T23:59:59.999Z")]
    public void Normalize_keeps_date_time_in_utc(string json, string defaultZone, string fieldZone, string expected)
    {
        var field = ValueHarness.Field("DATETIME", $$"""{"timezone":"{{fieldZone}}"}""");
        var zone = TimeZoneInfo.FindSystemTimeZoneById(defaultZone);
        var instant = DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        AssertAccepts(field, ValueHarness.Json(json), StoredValue.FromText(expected), instant, zone);
    }

    [Test]
    public void Normalize_accepts_dotnet_dates_and_instants_for_date_time()
    {
        var field = ValueHarness.Field("DATETIME");
        var instant = new DateTimeOffset(2024, 5, 1, 14, 30, 0, TimeSpan.FromHours(2));
        AssertAccepts(field, FieldInput.FromObject(instant), StoredValue.FromText("2024-05-01T12:30:00.000Z"), instant.ToUniversalTime());
        var utc = new DateTime(2024, 5, 1, 9, 15, 0, DateTimeKind.Utc);
        AssertAccepts(field, FieldInput.FromObject(utc), StoredValue.FromText("2024-05-01T09:15:00.000Z"), new DateTimeOffset(utc));
        var midnight = new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);
        AssertAccepts(field, FieldInput.FromObject(new DateOnly(2024, 5, 1)), StoredValue.FromText("2024-05-01T00:00:00.000Z"), midnight);
    }

    [Test]
    public void Decode_returns_date_time_with_zero_offset()
    {
        var field = ValueHarness.Field("DATETIME");
        var decoded = ValueHarness.Decode(field, ValueHarness.Normalize(field, ValueHarness.Json("\"2024-05-01T14:30:00+02:00\"")));
        Assert.That(decoded, Is.TypeOf<DateTimeOffset>().And.Property(nameof(DateTimeOffset.Offset)).EqualTo(TimeSpan.Zero));
    }

    [TestCase("\"2024-05-01 14:30:00Z\"")]
    [TestCase("\"2024-05-01t14:30:00z\"")]
    [TestCase("\"2024-05-01T24:00\"")]
    [TestCase("\"2024-05-01T14:60\"")]
    [TestCase("\"2024-05-01T14:30:60Z\"")]
    [TestCase("\"2024-05-01T14\"")]
    [TestCase("\"2024-05-01T14:3\"")]
    [TestCase("\"2024-05-01T14:30:0Z\"")]
    [TestCase("\"2024-05-01T14:30:00.Z\"")]
    [TestCase("\"2024-05-01T14:30:00.12345678Z\"")]
    [TestCase("\"2024-05-01T14:30Z+01:00\"")]
    [TestCase("\"2024-05-01T14:30:00+15:00\"")]
    [TestCase("\"2024-05-01T14:30:00+0200\"")]
    [TestCase("\"2024-05-01T14:30:00+02\"")]
    [TestCase("\"2024-02-30T10:00Z\"")]
    [TestCase("\"0001-01-01T00:00+01:00\"")]
    [TestCase("\"9999-12-31T23:59-01:00\"")]
    [TestCase("\"yesterday\"")]
    [TestCase("1714573800")]
    [TestCase("true")]
    [TestCase("""{"date":"2024-05-01"}""")]
    public void Normalize_throws_validation_error_when_date_time_is_invalid(string json)
    {
        AssertRefuses(ValueHarness.Field("DATETIME"), ValueHarness.Json(json));
    }

    private static void AssertAccepts(Field field, FieldInput input, StoredValue expectedStored, object expectedValue, TimeZoneInfo? zone = null)
    {
        var stored = ValueHarness.Normalize(field, input, zone);
        var decoded = ValueHarness.Decode(field, stored, zone);
        Assert.Multiple(() =>
        {
            Assert.That(stored, Is.EqualTo(expectedStored));
            Assert.That(decoded, Is.EqualTo(expectedValue));
            Assert.That(ValueHarness.Normalize(field, FieldInput.FromObject(decoded), zone), Is.EqualTo(stored));
        });
    }

    private static void AssertRefuses(Field field, FieldInput input) =>
        Assert.That(() => ValueHarness.Normalize(field, input), ValueHarness.ThrowsValidationError);
}

/// <summary>Builds fields and value contexts by hand for the value tests.</summary>
internal static class ValueHarness
{
    public const string FieldId = "fVal1";

    public static IResolveConstraint ThrowsValidationError => SoftrThrows.Validation(FieldId);

    public static Field Field(string type, string options = "{}", bool multiple = false) => new(
        FieldId,
        "tblValues00001",
        "Value",
        null,
        type,
        JsonElement.Parse(options),
        multiple,
        Type(type).IsReadOnly,
        false,
        false,
        null,
        null,
        DateTimeOffset.UnixEpoch,
        DateTimeOffset.UnixEpoch);

    public static FieldType Type(string name) =>
        FieldTypeRegistry.BuiltIn.TryGet(name, out var type) ? type : throw new ArgumentException($"No type {name}.", nameof(name));

    public static FieldValueContext Context(
        Field field,
        TimeZoneInfo? zone = null,
        IReadOnlyList<Collaborator>? collaborators = null,
        Func<string, string>? addChoice = null) =>
        new(field, Type(field.Type), zone ?? TimeZoneInfo.Utc, collaborators ?? [], addChoice);

    public static FieldInput Json(string json) => FieldInput.FromJson(JsonElement.Parse(json));

    public static StoredValue Normalize(Field field, FieldInput input, TimeZoneInfo? zone = null) =>
        Type(field.Type).Normalize(input, Context(field, zone));

    public static object? Decode(Field field, StoredValue stored, TimeZoneInfo? zone = null) =>
        Type(field.Type).Decode(stored, Context(field, zone));
}
