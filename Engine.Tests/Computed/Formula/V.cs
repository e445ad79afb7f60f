using System.Globalization;
using SoftrLite.Formula;

namespace SoftrLite.Tests.Computed.Formula;

/// <summary>Short ways to write expected values, and a compact text notation for them in test cases.</summary>
internal static class V
{
    public static FormulaValue Blank => FormulaValue.Blank;

    public static FormulaValue DivZero => FormulaValue.DivideByZero;

    public static FormulaValue Error => FormulaValue.GeneralError;

    public static FormulaValue Num(double value) => FormulaValue.FromNumber(value);

    public static FormulaValue Text(string value) => FormulaValue.FromText(value);

    public static FormulaValue Bool(bool value) => FormulaValue.FromBoolean(value);

    public static FormulaValue Date(int year, int month, int day) => FormulaValue.FromDate(new DateOnly(year, month, day));

    public static FormulaValue Instant(string iso) =>
        FormulaValue.FromInstant(DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));

    public static FormulaValue Array(params FormulaValue[] items) => FormulaValue.FromArray(items);

    /// <summary>
    /// Reads <c>blank</c>, <c>#DIV/0!</c>, <c>#ERROR!</c>, <c>n:1.5</c>, <c>t:text</c>, <c>b:TRUE</c>, <c>d:2025-06-15</c>,
    /// <c>i:2025-06-15T14:30:00Z</c>, or <c>a:</c> followed by item specs separated by <c>|</c>.
    /// </summary>
    public static FormulaValue Parse(string spec)
    {
        if (spec == "blank")
        {
            return Blank;
        }

        if (spec.StartsWith('#'))
        {
            return FormulaValue.Error(spec);
        }

        var payload = spec[2..];
        return spec[..2] switch
        {
            "n:" => Num(double.Parse(payload, CultureInfo.InvariantCulture)),
            "t:" => Text(payload),
            "b:" => Bool(string.Equals(payload, "TRUE", StringComparison.OrdinalIgnoreCase)),
            "d:" => FormulaValue.FromDate(DateOnly.ParseExact(payload, "yyyy-MM-dd", CultureInfo.InvariantCulture)),
            "i:" => Instant(payload),
            "a:" when payload.Length == 0 => Array(),
            "a:" => Array([.. payload.Split('|').Select(item => item.Length == 0 ? Blank : Parse(item))]),
            _ => throw new ArgumentException($"Unknown value spec '{spec}'.", nameof(spec)),
        };
    }
}
