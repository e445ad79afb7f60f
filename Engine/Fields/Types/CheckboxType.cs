using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>CHECKBOX: true or false (JSON booleans only), kept as 1 or 0; no options.</summary>
internal sealed class CheckboxType() : FieldType(FieldTypeNames.Checkbox)
{
    private const string Expected = "true or false";

    // Boxed once, so reading a checkbox does not allocate.
    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;

    public override FieldStorage Storage => FieldStorage.Integer;

    public override ValueFamily FilterFamily(Field field) => ValueFamily.Boolean;

    public override FormulaResultType FormulaType(Field field) => FormulaResultType.Boolean;

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context) =>
        new OptionsReader(options, context, Name).Build();

    public override StoredValue Normalize(FieldInput value, FieldValueContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (value.Kind != FieldInputKind.Boolean)
        {
            throw context.Invalid(Expected, value);
        }

        return StoredValue.FromInteger(value.GetBoolean() ? 1 : 0);
    }

    public override object? Decode(StoredValue stored, FieldValueContext context) =>
        stored.Integer != 0 ? BoxedTrue : BoxedFalse;
}
