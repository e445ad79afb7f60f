using System.Text.Json;
using CsCheck;
using SoftrLite.Tests.Support;
using static SoftrLite.Tests.Support.TestEngine;

namespace SoftrLite.Tests.Records;

/// <summary>
/// A random JSON value written to a field either round-trips to its normalized form (writing what was read
/// back changes nothing) or fails with VALIDATION_ERROR leaving the record as it was.
/// </summary>
public sealed class RecordPropertyTests
{
    private static readonly Gen<string> Texts = Gen.OneOf(
        Gen.String,
        Gen.String[Gen.Char.AlphaNumeric, 0, 12],
        Gen.Const("ada@example.com"),
        Gen.Const("https://example.com/a b/file.pdf"),
        Gen.Const("2026-02-29"),
        Gen.Const("2024-02-29"),
        Gen.Const("2026-01-02T03:04:05.678+02:00"),
        Gen.Const("2026-01-02T03:04:05"),
        Gen.Const("Open"),
        Gen.Const("OPEN"),
        Gen.Const("line\nbreak"),
        Gen.Const(new string('x', 1025)),
        Gen.Const("+1 (555) 010-9999"));

    private static readonly Gen<JsonElement> Scalars = Gen.OneOf(
        Texts.Select(s => JsonSerializer.SerializeToElement(s)),
        Gen.Double.Select(d => double.IsFinite(d) ? JsonSerializer.SerializeToElement(d) : JsonSerializer.SerializeToElement(0)),
        Gen.Int[-10, 20].Select(i => JsonSerializer.SerializeToElement(i)),
        Gen.Bool.Select(b => JsonSerializer.SerializeToElement(b)),
        Gen.Const(JsonElement.Parse("null")),
        Gen.Const(JsonElement.Parse("""{"url":"https://example.com/x.png"}""")),
        Gen.Const(JsonElement.Parse("""{"id":"nope"}""")));

    private static readonly Gen<JsonElement> Values = Gen.OneOf(
        Scalars,
        Scalars.Array[0, 3].Select(items => JsonSerializer.SerializeToElement(items)));

    private static readonly (string Name, string Type, string? Options, bool Multiple)[] Types =
    [
        ("Text", FieldTypeNames.SingleLineText, null, false),
        ("Long", FieldTypeNames.LongText, null, false),
        ("Email", FieldTypeNames.Email, null, false),
        ("Phone", FieldTypeNames.Phone, null, false),
        ("Url", FieldTypeNames.Url, null, false),
        ("Number", FieldTypeNames.Number, """{"precision":2,"min":-5,"max":1000000}""", false),
        ("Currency", FieldTypeNames.Currency, null, false),
        ("Percent", FieldTypeNames.Percent, null, false),
        ("Duration", FieldTypeNames.Duration, null, false),
        ("Rating", FieldTypeNames.Rating, """{"max":10}""", false),
        ("Check", FieldTypeNames.Checkbox, null, false),
        ("Date", FieldTypeNames.Date, null, false),
        ("When", FieldTypeNames.DateTime, null, false),
        ("One", FieldTypeNames.Select, """{"choices":[{"label":"Open"},{"label":"Closed"}]}""", false),
        ("Many", FieldTypeNames.Select, """{"choices":[{"label":"Open"},{"label":"Closed"}]}""", true),
        ("Files", FieldTypeNames.Attachment, null, true),
        ("Owner", FieldTypeNames.User, null, false),
    ];

    [Test]
    public void Random_values_round_trip_or_fail_with_validation_error_leaving_the_record_unchanged()
    {
        using var f = new TestEngine();
        f.Engine.Workspaces.AddCollaborator(f.Engine.Workspaces.Default.Id, "Ada", "ada@example.com");
        var table = f.Table("T", [Field("Key", FieldTypeNames.SingleLineText), .. Types.Select(t => Field(t.Name, t.Type, t.Options) with { AllowMultipleEntries = t.Multiple ? true : null })]);
        var record = f.Create(table, ("Key", "k"));

        Gen.Int[0, Types.Length - 1].Select(Values).Sample(
            sample =>
            {
                var (index, value) = sample;
                var field = table.Fields[index + 1];
                var before = f.Get(table, record);
                Record written;
                try
                {
                    written = f.Engine.Records.Update(f.Db, table.Id, record.Id, new Dictionary<string, object?> { [field.Id.Value] = value });
                }
                catch (SoftrException error)
                {
                    Assert.That(error.Code, Is.EqualTo(ErrorCode.ValidationError), $"{field.Type} {value}");
                    Assert.That(Json(f.Get(table, record).Fields), Is.EqualTo(Json(before.Fields)), "a failed write changed the record");
                    return;
                }

                var normalized = written[field.Id];
                var again = f.Engine.Records.Update(f.Db, table.Id, record.Id, new Dictionary<string, object?> { [field.Id.Value] = normalized });
                Assert.That(Json(again[field.Id]), Is.EqualTo(Json(normalized)), $"{field.Type} {value} did not round-trip");
            },
            iter: 1500,
            threads: 1);
    }

    private static string Json(object? value) => JsonSerializer.Serialize(value);
}
