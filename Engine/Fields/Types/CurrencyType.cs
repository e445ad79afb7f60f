using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>
/// CURRENCY: an amount of money, shown with an ISO 4217 code or symbol. A written amount must lie within
/// <c>min</c>/<c>max</c>; with <c>precision</c> set it is rounded to that many decimals, midpoints away from zero.
/// Kept as REAL, read as a double.
/// </summary>
internal sealed class CurrencyType() : NumericFieldType(FieldTypeNames.Currency)
{
    private static readonly string[] ShowAs = ["SYMBOL", "CODE"];
    private static readonly string[] Positions = ["BEFORE", "AFTER"];

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

    private static bool IsIsoCode(string code) => code.Length == 3 && code.All(char.IsAsciiLetterUpper);
}
