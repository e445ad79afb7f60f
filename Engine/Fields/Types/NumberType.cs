using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>
/// NUMBER: a finite number, with precision, range, grouping, abbreviation and affix options. A written value must
/// lie within <c>min</c>/<c>max</c>; with <c>precision</c> set it is rounded to that many decimals, midpoints away
/// from zero, as written in decimal (2.345 and 1.005 with precision 2 are kept as 2.35 and 1.01; see
/// <see cref="NumberRules"/>). Kept as REAL, read as a double.
/// </summary>
internal sealed class NumberType() : NumericFieldType(FieldTypeNames.Number)
{
    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
    {
        var reader = new OptionsReader(options, context, Name);
        NumberFormatOptions.ReadPrecisionAndRange(reader);
        NumberFormatOptions.ReadThousandSeparator(reader);
        reader.Enum("largeNumberAbbreviation", NumberFormatOptions.Abbreviations);
        reader.Text("prefix", keepNull: true);
        reader.Text("suffix", keepNull: true);
        return reader.Build();
    }
}
