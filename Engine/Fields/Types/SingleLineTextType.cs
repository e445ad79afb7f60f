using System.Globalization;
using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>SINGLE_LINE_TEXT: one line, at most 1,024 characters, narrowed by <c>minLength</c>/<c>maxLength</c>.</summary>
internal sealed class SingleLineTextType() : FieldType<SingleLineTextType.Limits>(FieldTypeNames.SingleLineText)
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

    public override Limits ParseOptions(Field field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return Limits.From(field);
    }

    protected override StoredValue Normalize(FieldInput value, Limits limits, FieldValueContext context)
    {
        if (value.Kind != FieldInputKind.String)
        {
            throw context.Invalid(limits.Expected, value);
        }

        var text = value.GetString();
        if (text.Length < limits.Min || text.Length > limits.Max || TextChecks.HasLineBreak(text) || TextChecks.HasNul(text))
        {
            throw context.Invalid(limits.Expected, value);
        }

        return StoredValue.FromText(text);
    }

    /// <summary>The length bounds of one field (options <c>minLength</c>, <c>maxLength</c>), and the message that states them.</summary>
    internal sealed class Limits(int min, int max)
    {
        public int Min { get; } = min;

        public int Max { get; } = max;

        public string Expected { get; } = min > 0
            ? string.Create(CultureInfo.InvariantCulture, $"a string of {min} to {max} characters without line breaks or U+0000")
            : string.Create(CultureInfo.InvariantCulture, $"a string of at most {max} characters without line breaks or U+0000");

        public static Limits From(Field field) =>
            new(StoredOptions.Int(field, "minLength") ?? 0, StoredOptions.Int(field, "maxLength") ?? MaxLength);
    }
}
