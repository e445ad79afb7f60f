using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>EMAIL: an e-mail address of at most 320 characters, kept trimmed; no options.</summary>
internal sealed class EmailType() : FieldType(FieldTypeNames.Email)
{
    private const string Expected = "an e-mail address of at most 320 characters, such as name@example.com";

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context) =>
        new OptionsReader(options, context, Name).Build();

    public override StoredValue Normalize(FieldInput value, FieldValueContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (value.Kind != FieldInputKind.String)
        {
            throw context.Invalid(Expected, value);
        }

        var address = value.GetString().Trim();
        if (address.Length > TextChecks.MaxEmailLength || !TextChecks.IsEmail(address))
        {
            throw context.Invalid(Expected, value);
        }

        return StoredValue.FromText(address);
    }
}
