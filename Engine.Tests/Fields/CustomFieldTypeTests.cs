using System.Text.Json;
using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Fields;

/// <summary>Users register their own field type: one class, found by name, used like a built-in one.</summary>
public sealed class CustomFieldTypeTests
{
    [Test]
    public void A_registered_type_validates_stores_and_reads_its_values()
    {
        var options = new SoftrEngineOptions { IdSeed = 1, FieldTypes = FieldTypeRegistry.BuiltIn.With(new HexColorType()) };
        using var engine = TestBackend.Open(options);
        var database = engine.NewDatabase();
        var table = engine.Tables.Create(database.Id, new NewTable("Paints") { Fields = [new NewField("Name", FieldTypeNames.SingleLineText), new NewField("Color", "HEX_COLOR")] });

        var record = engine.Records.Create(database.Id, table.Id, new Dictionary<string, object?> { ["Name"] = "Sky", ["Color"] = "#00AAFF" });

        Assert.That(record[table.Fields[1].Id], Is.EqualTo("#00aaff"));
        Assert.That(
            () => engine.Records.Create(database.Id, table.Id, new Dictionary<string, object?> { ["Color"] = "blue" }),
            SoftrThrows.Code(ErrorCode.ValidationError));
        Assert.That(
            () => engine.Fields.Add(database.Id, table.Id, new NewField("Other", "HEX_COLOR") { Options = JsonElement.Parse("""{"alpha":true}""") }),
            SoftrThrows.Code(ErrorCode.BadRequest));
        Assert.That(() => TestBackend.Open().Tables.Create(database.Id, new NewTable("X")), SoftrThrows.Code(ErrorCode.ResourceNotFound));
    }

    private sealed class HexColorType() : FieldType("HEX_COLOR")
    {
        public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
        {
            foreach (var option in options.EnumerateObject())
            {
                throw context.InvalidOption(option.Name, "no options", option.Value);
            }

            return options;
        }

        public override StoredValue Normalize(FieldInput value, FieldValueContext context)
        {
            var text = value.Kind == FieldInputKind.String ? value.GetString() : string.Empty;
            return text.Length == 7 && text[0] == '#' && text[1..].All(char.IsAsciiHexDigit)
                ? StoredValue.FromText(text.ToLowerInvariant())
                : throw context.Invalid("a color like #00AAFF", value);
        }
    }
}
