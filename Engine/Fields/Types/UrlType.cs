using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>URL: an absolute http(s) URL; no options.</summary>
internal sealed class UrlType() : FieldType(FieldTypeNames.Url)
{
    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context) =>
        new OptionsReader(options, context, Name).Build();
}
