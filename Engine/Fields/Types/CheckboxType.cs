using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>CHECKBOX: true or false, kept as 1 or 0; no options.</summary>
internal sealed class CheckboxType() : FieldType(FieldTypeNames.Checkbox)
{
    public override FieldStorage Storage => FieldStorage.Integer;

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context) =>
        new OptionsReader(options, context, Name).Build();
}
