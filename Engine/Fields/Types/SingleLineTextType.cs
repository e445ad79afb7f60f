using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>SINGLE_LINE_TEXT: one line, at most 1,024 characters, narrowed by <c>minLength</c>/<c>maxLength</c>.</summary>
internal sealed class SingleLineTextType() : FieldType(FieldTypeNames.SingleLineText)
{
    public const int MaxLength = 1024;

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
    {
        var reader = new OptionsReader(options, context, Name);
        var min = reader.Int("minLength", 0, MaxLength);
        var max = reader.Int("maxLength", 0, MaxLength);
        if (min is { } lo && max is { } hi && lo > hi)
        {
            throw reader.Invalid("minLength", $"a value no greater than maxLength ({hi})", options.GetProperty("minLength"));
        }

        return reader.Build();
    }
}
