namespace SoftrLite.Fields.Types;

/// <summary>What NUMBER, CURRENCY, PERCENT and DURATION share: finite numbers within min/max, rounded to precision, stored as REAL.</summary>
internal abstract class NumericFieldType(string name) : FieldType<NumberRules>(name)
{
    public sealed override FieldStorage Storage => FieldStorage.Real;

    public sealed override NumberRules ParseOptions(Field field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return NumberRules.From(field);
    }

    protected sealed override StoredValue Normalize(FieldInput value, NumberRules options, FieldValueContext context) =>
        options.Normalize(value, context);

    protected sealed override object? Decode(StoredValue stored, NumberRules options, FieldValueContext context) => NumberRules.Decode(stored);
}
