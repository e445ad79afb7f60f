using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>EMAIL: an e-mail address; no options.</summary>
internal sealed class EmailType() : FieldType(FieldTypeNames.Email)
{
    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context) =>
        new OptionsReader(options, context, Name).Build();
}
