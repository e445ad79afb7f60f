using System.Globalization;
using System.Text.Json;
using CsCheck;

namespace SoftrLite.Tests.Fields;

/// <summary>
/// Property tests: for random JSON and .NET values, <see cref="FieldType.Normalize"/> either returns a value that
/// survives Decode → Normalize unchanged, or throws VALIDATION_ERROR for the field — never anything else.
/// </summary>
[TestFixture]
public sealed class RandomValueTests
{
    private const long Iterations = 2000;

    private static readonly Collaborator[] People =
    [
        new("u1", "Ann", "ann@example.com"),
        new("u2", "Bob", "bob@example.com"),
        new("u3", "Cy", null),
    ];

    private static readonly Gen<string> JsonNumbers = Gen.OneOf(
        Gen.Double.Where(double.IsFinite).Select(d => d.ToString("R", CultureInfo.InvariantCulture)),
        Gen.Double[-200, 200].Select(d => d.ToString("R", CultureInfo.InvariantCulture)),
        Gen.Int[-20, 20].Select(i => i.ToString(CultureInfo.InvariantCulture)),
        Gen.Long.Select(l => l.ToString(CultureInfo.InvariantCulture)),
        Gen.OneOf(
            "1e400", "-1e400", "1e-400", "-0", "0.0", "123456789012345678901234567890", "4.9e-324",
            "1.7976931348623157e308", "2.5", "0.125", "9.995", "1000.0000001", "5", "10"));

    private static readonly Gen<string> Texts = Gen.OneOf(
        Gen.String[0, 40],
        Gen.Char["ab Z9-._@:/+\n\r\též🐎"].Array[0, 30].Select(chars => new string(chars)),
        Gen.Char["a"].Array[1020, 1030].Select(chars => new string(chars)),
        Gen.Char['0', '9'].Array[1, 26].Select(chars => new string(chars)));

    private static readonly Gen<string> Emails = Gen.OneOf(
        Gen.Select(
            Gen.Char["ab.+_ -"].Array[0, 8],
            Gen.OneOf("@", "@@", "", "@ "),
            Gen.Char["cd-é_."].Array[0, 12],
            Gen.OneOf(".com", ".co.uk", "", "-", ".", ".c-"),
            (local, at, domain, tld) => new string(local) + at + new string(domain) + tld),
        Gen.Select(
            Gen.Char["abcxyz.+_09"].Array[1, 10],
            Gen.Char["abc-é9"].Array[1, 8],
            Gen.OneOf(".com", ".co.uk", ".cz"),
            (local, domain, tld) => new string(local) + "@" + new string(domain) + tld));

    private static readonly Gen<string> Urls = Gen.Select(
        Gen.OneOf("http://", "https://", "ftp://", "HTTPS://", "", "mailto:", "http:/", " https://"),
        Gen.OneOf(
            Gen.Char["abc.-é 1"].Array[0, 12].Select(host => new string(host)),
            Gen.OneOf("example.com", "localhost", "bücher.de", "[::1]", "127.0.0.1:8080", "a.b.c")),
        Gen.OneOf("", "/", "/a/b.png", "/files/report%20Q1.pdf", "/%2F%0A", "?q=1", "#x", "/x\ny", "/a b.txt "),
        (scheme, host, path) => scheme + host + path);

    private static readonly Gen<string> Dates = Gen.Select(
        Gen.Int[0, 10000],
        Gen.Int[0, 13],
        Gen.Int[0, 32],
        (year, month, day) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}"));

    private static readonly Gen<string> DateTimes = Gen.Select(
        Dates,
        Gen.OneOf("T", "T", "T", " ", "t"),
        Gen.Select(Gen.Int[0, 25], Gen.Int[0, 61], (hour, minute) => string.Create(CultureInfo.InvariantCulture, $"{hour:D2}:{minute:D2}")),
        Gen.OneOf("", ":00", ":59", ":60", ":7", ":30.5", ":30.1234567", ":30.12345678", ":30.", ":30.999"),
        Gen.OneOf("", "Z", "z", "+02:00", "-05:30", "+14:00", "+14:01", "-23:59", "+0200", "+02", "Z+01:00"),
        (date, separator, time, seconds, offset) => date + separator + time + seconds + offset);

    private static readonly Gen<string> Words = Gen.OneOf(
        "Open", "open", "OPEN ", "Closed", "c1", "c2", "New one", "", "   ", "u1", "u2", "u3", "u9",
        "ANN@example.com", "bob@example.com", "nobody@example.com", "rec1", "rec2",
        "https://example.com/a.png", "https://example.com/", "ftp://example.com/a", "text/plain", "png");

    private static readonly Gen<string> StringScalars = Gen.Frequency(
        (3, Texts), (2, Emails), (2, Urls), (2, Dates), (3, DateTimes), (3, Words))
        .Select(text => JsonSerializer.Serialize(text));

    private static readonly Gen<string> Scalars = Gen.Frequency(
        (3, JsonNumbers), (4, StringScalars), (1, Gen.OneOf("true", "false", "null")));

    private static readonly Gen<string> Objects = Gen.Select(
        Gen.OneOf("url", "id", "email", "filename", "name", "type", "size", "label", "x").Select(key => JsonSerializer.Serialize(key)),
        Scalars)
        .Array[0, 4]
        .Select(pairs => "{" + string.Join(",", pairs.Select(p => p.Item1 + ":" + p.Item2)) + "}");

    private static readonly Gen<string> Arrays = Gen.Frequency((4, Scalars), (2, Objects), (1, Scalars.Array[0, 2].Select(Join)))
        .Array[0, 4]
        .Select(Join);

    private static readonly Gen<RawValue> JsonValues = Gen.Frequency((6, Scalars), (2, Arrays), (2, Objects))
        .Select(json => new RawValue(json, FieldInput.FromJson(JsonElement.Parse(json))));

    private static readonly Gen<RawValue> DotNetValues = Gen.OneOf(
        Gen.Int.Select(i => Raw(i)),
        Gen.Long.Select(l => Raw(l)),
        Gen.Double.Select(d => Raw(d)),
        Gen.Decimal.Select(m => Raw(m)),
        Gen.Bool.Select(b => Raw(b)),
        Gen.DateOnly.Select(d => Raw(d)),
        Gen.DateTimeOffset.Select(d => Raw(d)),
        Texts.Select(s => Raw(s)),
        Words.Array[0, 3].Select(words => Raw(words)),
        Gen.OneOf(Raw(double.NaN), Raw(double.PositiveInfinity), Raw(double.NegativeInfinity), Raw(null)));

    private static readonly Gen<RawValue> Values = Gen.Frequency((4, JsonValues), (1, DotNetValues));

    [Test]
    public void Normalize_round_trips_or_refuses_text_values()
    {
        AssertRoundTripsOrRefuses(
            Values,
            Setup("SINGLE_LINE_TEXT"),
            Setup("SINGLE_LINE_TEXT", """{"minLength":2,"maxLength":8}"""),
            Setup("LONG_TEXT"),
            Setup("EMAIL"),
            Setup("PHONE"),
            Setup("URL"));
    }

    [Test]
    public void Normalize_round_trips_or_refuses_numeric_values()
    {
        var numbers = Gen.Frequency((3, JsonNumbers.Select(json => new RawValue(json, FieldInput.FromJson(JsonElement.Parse(json))))), (2, Values));
        AssertRoundTripsOrRefuses(
            numbers,
            Setup("NUMBER"),
            Setup("NUMBER", """{"precision":2,"min":-1000,"max":1000}"""),
            Setup("CURRENCY", """{"precision":0,"min":0}"""),
            Setup("PERCENT", """{"precision":8}"""),
            Setup("DURATION"),
            Setup("RATING"),
            Setup("RATING", """{"max":10}"""));
    }

    [Test]
    public void Normalize_round_trips_or_refuses_checkbox_values()
    {
        AssertRoundTripsOrRefuses(Values, Setup("CHECKBOX"));
    }

    [Test]
    public void Normalize_round_trips_or_refuses_date_values()
    {
        var prague = TimeZoneInfo.FindSystemTimeZoneById("Europe/Prague");
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        AssertRoundTripsOrRefuses(
            Values,
            Setup("DATE"),
            Setup("DATETIME"),
            Setup("DATETIME", """{"timezone":"Europe/Prague"}"""),
            Setup("DATETIME", "{}", zone: newYork),
            Setup("DATETIME", """{"timezone":"America/New_York"}""", zone: prague));
    }

    [Test]
    public void Normalize_round_trips_or_refuses_list_values()
    {
        const string choices = """{"choices":[{"id":"c1","label":"Open"},{"id":"c2","label":"Closed"}],"allowToAddNewChoice":true}""";
        AssertRoundTripsOrRefuses(
            Values,
            Setup("SELECT", choices),
            Setup("SELECT", choices, multiple: true),
            Setup("USER"),
            Setup("USER", multiple: true),
            Setup("ATTACHMENT"),
            Setup("ATTACHMENT", multiple: true),
            Setup("LINKED_RECORD"),
            Setup("LINKED_RECORD", multiple: true));
    }

    private static RawValue Raw(object? value) => new(value switch
    {
        string[] words => "[" + string.Join(",", words) + "] (.NET)",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) + " (.NET " + value?.GetType().Name + ")",
    }, FieldInput.FromObject(value));

    private static string Join(IEnumerable<string> items) => "[" + string.Join(",", items) + "]";

    private static FieldSetup Setup(string type, string options = "{}", bool multiple = false, TimeZoneInfo? zone = null) =>
        new(ValueHarness.Field(type, options, multiple), zone ?? TimeZoneInfo.Utc);

    private static void AssertRoundTripsOrRefuses(Gen<RawValue> values, params FieldSetup[] setups)
    {
        Check.Sample(
            values,
            value =>
            {
                foreach (var setup in setups)
                {
                    RoundTripsOrRefuses(setup, value);
                }
            },
            iter: Iterations,
            print: value => value.Shown);
    }

    private static void RoundTripsOrRefuses(FieldSetup setup, RawValue value)
    {
        var type = ValueHarness.Type(setup.Field.Type);
        var added = 0;
        var context = ValueHarness.Context(setup.Field, setup.Zone, People, _ => "n" + Interlocked.Increment(ref added).ToString(CultureInfo.InvariantCulture));
        StoredValue stored;
        try
        {
            stored = type.Normalize(value.Input, context);
        }
        catch (SoftrException e) when (e.Code == ErrorCode.ValidationError && e.Details.GetValueOrDefault("fieldId") == ValueHarness.FieldId)
        {
            return;
        }

        if (stored.IsEmpty)
        {
            if (!value.Input.IsEmpty)
            {
                throw new InvalidOperationException($"{setup.Field.Type} stored nothing for {value.Shown}.");
            }

            return;
        }

        var decoded = type.Decode(stored, context);
        if (setup.Field.Type == "LINKED_RECORD")
        {
            var ids = JsonSerializer.Deserialize<string[]>(stored.Text!);
            if (decoded is not null || ids is null || ids.Length == 0 || ids.Any(string.IsNullOrEmpty))
            {
                throw new InvalidOperationException($"{setup.Field.Type} stored {stored} for {value.Shown}.");
            }

            return;
        }

        if (decoded is null)
        {
            throw new InvalidOperationException($"{setup.Field.Type} stored {stored} but decoded nothing, for {value.Shown}.");
        }

        var again = type.Normalize(FieldInput.FromObject(decoded), context);
        if (again != stored)
        {
            throw new InvalidOperationException($"{setup.Field.Type} stored {stored}, decoded {decoded}, then stored {again}, for {value.Shown}.");
        }
    }

    /// <summary>A generated value with how to show it when a sample fails.</summary>
    private sealed record RawValue(string Shown, FieldInput Input);

    private sealed record FieldSetup(Field Field, TimeZoneInfo Zone);
}
