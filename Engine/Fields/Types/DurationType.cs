using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>DURATION: a finite number of seconds, kept as REAL and read as a double, with an optional display <c>format</c>.</summary>
internal sealed class DurationType() : FieldType(FieldTypeNames.Duration)
{
    public override FieldStorage Storage => FieldStorage.Real;

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
    {
        var reader = new OptionsReader(options, context, Name);
        reader.Text("format", 64);
        return reader.Build();
    }

    public override object? Prepare(Field field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return NumberRules.From(field);
    }

    public override StoredValue Normalize(FieldInput value, FieldValueContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var rules = context.State as NumberRules ?? NumberRules.From(context.Field);
        return rules.Normalize(value, context);
    }

    public override object? Decode(StoredValue stored, FieldValueContext context) => NumberRules.Decode(stored);
}
