namespace SoftrLite.Formula;

/// <summary>Argument conversions shared by the function bodies.</summary>
internal static class Args
{
    /// <summary>The longest text a function may build; longer results are <c>#ERROR!</c>.</summary>
    public const int MaxTextLength = 1_000_000;

    /// <summary>The text form of an argument.</summary>
    public static string Text(FormulaValue value) => Coerce.ToText(value);

    /// <summary>The number an argument stands for (see <see cref="Coerce.TryToNumber"/>).</summary>
    public static bool TryNumber(FormulaValue value, out double number) => Coerce.TryToNumber(value, out number);

    /// <summary>An argument as a whole number (truncated toward zero, clamped to the <see cref="int"/> range).</summary>
    public static bool TryInteger(FormulaValue value, out int integer)
    {
        if (!Coerce.TryToNumber(value, out var number))
        {
            integer = 0;
            return false;
        }

        integer = (int)Math.Clamp(Math.Truncate(number), int.MinValue, int.MaxValue);
        return true;
    }

    /// <summary>An argument as a count: a whole number that is not negative.</summary>
    public static bool TryCount(FormulaValue value, out int count) => TryInteger(value, out count) && count >= 0;

    /// <summary>A text result, or <c>#ERROR!</c> when it would be longer than <see cref="MaxTextLength"/>.</summary>
    public static FormulaValue TextResult(string text) =>
        text.Length > MaxTextLength ? FormulaValue.GeneralError : FormulaValue.FromText(text);
}
