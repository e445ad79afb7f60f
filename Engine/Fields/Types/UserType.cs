using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>USER: one or several collaborators, kept as JSON text; no options.</summary>
internal sealed class UserType() : FieldType(FieldTypeNames.User)
{
    public override bool SupportsMultipleEntries => true;

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context) =>
        new OptionsReader(options, context, Name).Build();
}
