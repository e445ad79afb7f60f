using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>URL: an absolute http(s) URL of at most 2,000 characters, kept trimmed as written; no options.</summary>
internal sealed class UrlType() : FieldType(FieldTypeNames.Url)
{
    private const string Expected = "an absolute http or https URL of at most 2,000 characters";

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context) =>
        new OptionsReader(options, context, Name).Build();

    public override StoredValue Normalize(FieldInput value, FieldValueContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (value.Kind != FieldInputKind.String)
        {
            throw context.Invalid(Expected, value);
        }

        var url = value.GetString().Trim();
        if (!TextChecks.IsHttpUrl(url, out _))
        {
            throw context.Invalid(Expected, value);
        }

        return StoredValue.FromText(url);
    }
}
