using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>LONG_TEXT: multi-line text of at most 65,536 characters, with <c>type</c> TEXT, HTML or MARKDOWN.</summary>
internal sealed class LongTextType() : FieldType(FieldTypeNames.LongText)
{
    public const int MaxLength = 65_536;
    private const string Expected = "a string of at most 65,536 characters, without U+0000";
    private static readonly string[] Formats = ["TEXT", "HTML", "MARKDOWN"];

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
    {
        var reader = new OptionsReader(options, context, Name);
        reader.Enum("type", Formats, "TEXT");
        return reader.Build();
    }

    public override StoredValue Normalize(FieldInput value, FieldValueContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (value.Kind != FieldInputKind.String || value.GetString().Length > MaxLength || TextChecks.HasNul(value.GetString()))
        {
            throw context.Invalid(Expected, value);
        }

        return StoredValue.FromText(value.GetString());
    }
}
