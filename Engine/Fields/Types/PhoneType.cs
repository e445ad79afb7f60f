using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>PHONE: a phone number in any format; no options.</summary>
internal sealed class PhoneType() : FieldType(FieldTypeNames.Phone)
{
    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context) =>
        new OptionsReader(options, context, Name).Build();
}
