using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>
/// CURRENCY: an amount of money, shown with an ISO 4217 code or symbol. A written amount must lie within
/// <c>min</c>/<c>max</c>; with <c>precision</c> set it is rounded to that many decimals, midpoints away from zero.
/// Kept as REAL, read as a double.
/// </summary>
internal sealed class CurrencyType() : FieldType(FieldTypeNames.Currency)
{
    private static readonly string[] ShowAs = ["SYMBOL", "CODE"];
    private static readonly string[] Positions = ["BEFORE", "AFTER"];

    public override FieldStorage Storage => FieldStorage.Real;

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
    {
        var reader = new OptionsReader(options, context, Name);
        NumberFormatOptions.ReadPrecisionAndRange(reader);
        reader.Matching("isoCode", IsIsoCode, "an ISO 4217 code of 3 upper-case letters, e.g. USD", "USD");
        reader.Text("customSymbol", keepNull: true);
        reader.Enum("showAs", ShowAs, "SYMBOL");
        NumberFormatOptions.ReadThousandSeparator(reader);
        reader.Enum("largeNumberAbbreviation", NumberFormatOptions.Abbreviations);
        reader.Enum("symbolOrCodePosition", Positions, "BEFORE");
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

    private static bool IsIsoCode(string code) => code.Length == 3 && code.All(char.IsAsciiLetterUpper);
}
