using System.Globalization;

namespace SoftrLite.Formula;

/// <summary>Number rules of the formula language: 15-significant-digit results, text form, parsing.</summary>
internal static class Numbers
{
    private const int SignificantDigits = 15;

    private static readonly double[] PowersOfTen = BuildPowers();

    /// <summary>A number result: rounded to 15 significant digits; infinities and NaN become <c>#ERROR!</c>.</summary>
    public static FormulaValue Result(double value) =>
        double.IsFinite(value) ? FormulaValue.FromNumber(Round15(value)) : FormulaValue.GeneralError;

    /// <summary>Rounds to 15 significant digits, so that binary noise such as 110.00000000000001 disappears.</summary>
    public static double Round15(double value)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return value == 0 ? 0 : value;
        }

        var magnitude = Math.Abs(value);
        if (magnitude < 1e15 && value == Math.Floor(value))
        {
            return value;
        }

        var exponent = (int)Math.Floor(Math.Log10(magnitude));
        var shift = SignificantDigits - 1 - exponent;
        if (shift > 0 && shift <= 22)
        {
            // Both the scaled integer and the power of ten are exact, so the division rounds once.
            return Math.Round(value * PowersOfTen[shift], MidpointRounding.AwayFromZero) / PowersOfTen[shift];
        }

        if (shift <= 0 && -shift <= 22)
        {
            return Math.Round(value / PowersOfTen[-shift], MidpointRounding.AwayFromZero) * PowersOfTen[-shift];
        }

        return double.Parse(value.ToString("G15", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>The text form: shortest round-trip decimal, no exponent where avoidable, no thousands separators.</summary>
    public static string Format(double value)
    {
        if (value == Math.Floor(value) && Math.Abs(value) < 1e15)
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (text.Contains('E', StringComparison.Ordinal) && Math.Abs(value) < 7.9e28 && Math.Abs(value) >= 1e-28)
        {
            return ((decimal)value).ToString(CultureInfo.InvariantCulture);
        }

        return text;
    }

    /// <summary>Parses plain decimal text (optional sign, decimals, exponent; surrounding spaces allowed).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    /// <summary>Parses text for <c>NUMBER</c>: also thousands separators and a trailing percent sign.</summary>
    public static bool TryParseLenient(ReadOnlySpan<char> text, out double value)
    {
        var trimmed = text.Trim();
        var percent = trimmed.Length > 0 && trimmed[^1] == '%';
        if (percent)
        {
            trimmed = trimmed[..^1].TrimEnd();
        }

        if (!double.TryParse(trimmed, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value)
            || !double.IsFinite(value))
        {
            return false;
        }

        if (percent)
        {
            value /= 100;
        }

        return true;
    }

    /// <summary>The decimal twin of a double, when it is in decimal's range (so multiples and remainders come out exact).</summary>
    public static bool TryToDecimal(double value, out decimal result)
    {
        var magnitude = Math.Abs(value);
        if (magnitude < 7.9e27 && (magnitude >= 1e-20 || value == 0))
        {
            result = (decimal)value;
            return true;
        }

        result = 0;
        return false;
    }

    /// <summary>Rounds half away from zero to <paramref name="digits"/> decimals (negative: left of the point).</summary>
    public static double RoundDigits(double value, int digits)
    {
        digits = Math.Clamp(digits, -15, 15);
        if (digits >= 0)
        {
            return TryToDecimal(value, out var exact)
                ? (double)Math.Round(exact, digits, MidpointRounding.AwayFromZero)
                : Math.Round(value, digits, MidpointRounding.AwayFromZero);
        }

        var factor = PowersOfTen[-digits];
        return Math.Round(value / factor, MidpointRounding.AwayFromZero) * factor;
    }

    /// <summary>A multiple of <paramref name="step"/> near <paramref name="value"/>, chosen by <paramref name="mode"/>.</summary>
    public static double ToMultiple(double value, double step, MidpointRounding mode)
    {
        if (TryToDecimal(value, out var exactValue) && TryToDecimal(step, out var exactStep))
        {
            try
            {
                var quotient = exactValue / exactStep;
                return (double)(Math.Round(quotient, 0, mode) * exactStep);
            }
            catch (OverflowException)
            {
                return Math.Round(value / step, mode) * step;
            }
        }

        return Math.Round(value / step, mode) * step;
    }

    /// <summary>The remainder with the sign of the dividend, computed in decimal where possible.</summary>
    public static double Remainder(double value, double divisor)
    {
        if (TryToDecimal(value, out var exactValue) && TryToDecimal(divisor, out var exactDivisor))
        {
            return (double)(exactValue % exactDivisor);
        }

        return value % divisor;
    }

    private static double[] BuildPowers()
    {
        var powers = new double[23];
        var power = 1.0;
        for (var i = 0; i < powers.Length; i++)
        {
            powers[i] = power;
            power *= 10;
        }

        return powers;
    }
}
