using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>LONG_TEXT: multi-line text, with <c>type</c> TEXT, HTML or MARKDOWN.</summary>
internal sealed class LongTextType() : FieldType(FieldTypeNames.LongText)
{
    private static readonly string[] Formats = ["TEXT", "HTML", "MARKDOWN"];

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
    {
        var reader = new OptionsReader(options, context, Name);
        reader.Enum("type", Formats, "TEXT");
        return reader.Build();
    }
}
