namespace SoftrLite.Fields.Types;

/// <summary>What NUMBER, CURRENCY, PERCENT and DURATION share: finite numbers within min/max, rounded to precision, stored as REAL.</summary>
internal abstract class NumericFieldType(string name) : FieldType(name)
{
    public sealed override FieldStorage Storage => FieldStorage.Real;

    public sealed override object? Prepare(Field field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return NumberRules.From(field);
    }

    public sealed override StoredValue Normalize(FieldInput value, FieldValueContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var rules = context.State as NumberRules ?? NumberRules.From(context.Field);
        return rules.Normalize(value, context);
    }

    public sealed override object? Decode(StoredValue stored, FieldValueContext context) => NumberRules.Decode(stored);
}
