using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>PHONE: a phone number in any format, 1–25 characters on one line, kept trimmed; no options.</summary>
internal sealed class PhoneType() : FieldType(FieldTypeNames.Phone)
{
    public const int MaxLength = 25;
    private const string Expected = "a phone number of 1 to 25 characters without line breaks or U+0000";

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context) =>
        new OptionsReader(options, context, Name).Build();

    public override StoredValue Normalize(FieldInput value, FieldValueContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (value.Kind != FieldInputKind.String)
        {
            throw context.Invalid(Expected, value);
        }

        var phone = value.GetString().Trim();
        if (phone.Length is 0 or > MaxLength || TextChecks.HasLineBreak(phone) || TextChecks.HasNul(phone))
        {
            throw context.Invalid(Expected, value);
        }

        return StoredValue.FromText(phone);
    }
}
