namespace SoftrLite.Tests.Support;

/// <summary>
/// A user-registered text type for tests without options: lower-case letters, digits and hyphens. It declares no
/// family or formula type: both follow from its text storage.
/// </summary>
internal sealed class SlugType() : FieldType(TypeName)
{
    public const string TypeName = "SLUG";

    public override System.Text.Json.JsonElement NormalizeOptions(System.Text.Json.JsonElement options, FieldOptionsContext context) => options;

    public override StoredValue Normalize(FieldInput value, FieldValueContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = value.Kind == FieldInputKind.String ? value.GetString() : string.Empty;
        return text.Length > 0 && text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            ? StoredValue.FromText(text)
            : throw context.Invalid("a slug of lower-case letters, digits and hyphens", value);
    }
}
