using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>
/// PERCENT: a percentage (50 means 50 %), shown as a number, a progress bar or a ring. A written value must lie
/// within <c>min</c>/<c>max</c>; with <c>precision</c> set it is rounded to that many decimals, midpoints away
/// from zero. Kept as REAL, read as a double.
/// </summary>
internal sealed class PercentType() : NumericFieldType(FieldTypeNames.Percent)
{
    private static readonly string[] ShowAs = ["NUMBER", "PROGRESS_BAR", "PROGRESS_RING"];

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
    {
        var reader = new OptionsReader(options, context, Name);
        NumberFormatOptions.ReadPrecisionAndRange(reader);
        NumberFormatOptions.ReadThousandSeparator(reader);
        reader.Matching("progressBarColor", IsHexColor, "a colour written #RRGGBB");
        reader.Bool("showNumber");
        reader.Enum("showAs", ShowAs, "NUMBER");
        return reader.Build();
    }

    private static bool IsHexColor(string color) =>
        color.Length == 7 && color[0] == '#' && color.Skip(1).All(char.IsAsciiHexDigit);
}
