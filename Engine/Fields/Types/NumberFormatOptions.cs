using System.Globalization;

namespace SoftrLite.Fields.Types;

/// <summary>The display options NUMBER, CURRENCY and PERCENT share: precision, range and grouping.</summary>
internal static class NumberFormatOptions
{
    public static readonly string[] Abbreviations = ["NONE", "K", "M", "B", "T"];

    /// <summary>Reads <c>precision</c> (0–8) and <c>min</c>/<c>max</c>, refusing a min above the max.</summary>
    public static void ReadPrecisionAndRange(OptionsReader reader)
    {
        reader.Int("precision", 0, 8);
        var min = reader.Number("min");
        var max = reader.Number("max");
        if (min is { } lo && max is { } hi && lo > hi)
        {
            var expected = string.Create(CultureInfo.InvariantCulture, $"a value no greater than max ({hi})");
            throw reader.Invalid("min", expected, reader.Raw("min"));
        }
    }

    /// <summary>Reads <c>showThousandSeparator</c> and <c>thousandSeparatorLocale</c>.</summary>
    public static void ReadThousandSeparator(OptionsReader reader)
    {
        reader.Bool("showThousandSeparator");
        reader.Text("thousandSeparatorLocale", 64);
    }
}
