using System.Globalization;
using System.Text;

namespace SoftrLite.Formula;

/// <summary>The implicit conversions of the formula language: to text, to number, to truthiness.</summary>
internal static class Coerce
{
    /// <summary>The separator used when an array is turned into text.</summary>
    public const string ListSeparator = ", ";

    /// <summary>An array of no items becomes blank and an array of one item becomes that item; anything else is unchanged.</summary>
    public static FormulaValue Scalarize(FormulaValue value)
    {
        while (value.Kind == FormulaValueKind.Array)
        {
            var items = value.Items;
            if (items.Count > 1)
            {
                return value;
            }

            value = items.Count == 0 ? FormulaValue.Blank : items[0];
        }

        return value;
    }

    /// <summary>The text form of a value (arrays joined with ", ", dates as ISO 8601).</summary>
    public static string ToText(FormulaValue value) => value.Kind switch
    {
        FormulaValueKind.Blank => "",
        FormulaValueKind.Text => value.Text,
        FormulaValueKind.Number => Numbers.Format(value.Number),
        FormulaValueKind.Boolean => value.Boolean ? "TRUE" : "FALSE",
        FormulaValueKind.Date => FormatDate(value.Date),
        FormulaValueKind.Instant => FormatInstant(value.Instant, value.TimeZone),
        FormulaValueKind.Array => JoinItems(value.Items, ListSeparator),
        _ => value.ErrorCode,
    };

    /// <summary>Appends the text form of a value.</summary>
    public static void AppendText(StringBuilder builder, FormulaValue value)
    {
        if (value.Kind == FormulaValueKind.Array)
        {
            var items = value.Items;
            for (var i = 0; i < items.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(ListSeparator);
                }

                AppendText(builder, items[i]);
            }

            return;
        }

        builder.Append(ToText(value));
    }

    /// <summary>Joins the text forms of <paramref name="items"/> with <paramref name="separator"/>.</summary>
    public static string JoinItems(IReadOnlyList<FormulaValue> items, string separator)
    {
        if (items.Count == 1 && items[0].Kind == FormulaValueKind.Text)
        {
            return items[0].Text;
        }

        var builder = new StringBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(separator);
            }

            AppendText(builder, items[i]);
        }

        return builder.ToString();
    }

    /// <summary>The ISO 8601 form of a date: <c>2025-06-15</c>.</summary>
    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The ISO 8601 form of an instant: UTC with <c>Z</c>, or local with an offset when a zone is attached.</summary>
    public static string FormatInstant(DateTimeOffset instant, TimeZoneInfo? zone) => zone is null
        ? instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)
        : TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    /// <summary>The number an operand stands for in arithmetic: blank 0, booleans 1/0, numeric text; false for anything else.</summary>
    public static bool TryToNumber(FormulaValue value, out double number)
    {
        if (value.Kind == FormulaValueKind.Number)
        {
            number = value.Number;
            return true;
        }

        value = Scalarize(value);
        switch (value.Kind)
        {
            case FormulaValueKind.Number:
                number = value.Number;
                return true;
            case FormulaValueKind.Blank:
                number = 0;
                return true;
            case FormulaValueKind.Boolean:
                number = value.Boolean ? 1 : 0;
                return true;
            case FormulaValueKind.Text:
                if (value.Text.AsSpan().Trim().IsEmpty)
                {
                    number = 0;
                    return true;
                }

                return Numbers.TryParse(value.Text, out number);
            default:
                number = 0;
                return false;
        }
    }

    /// <summary>Whether a value counts as true in IF, AND, OR, NOT, XOR: blank, 0, "" and empty arrays are false.</summary>
    public static bool IsTruthy(FormulaValue value)
    {
        if (value.Kind == FormulaValueKind.Boolean)
        {
            return value.Boolean;
        }

        value = Scalarize(value);
        return value.Kind switch
        {
            FormulaValueKind.Blank => false,
            FormulaValueKind.Number => value.Number != 0 && !double.IsNaN(value.Number),
            FormulaValueKind.Boolean => value.Boolean,
            FormulaValueKind.Text => value.Text.Length > 0,
            FormulaValueKind.Error => false,
            _ => true,
        };
    }

    /// <summary>Whether a value is blank or empty text (or an array of no items, or of one such item).</summary>
    public static bool IsEmpty(FormulaValue value)
    {
        value = Scalarize(value);
        return value.Kind == FormulaValueKind.Blank || (value.Kind == FormulaValueKind.Text && value.Text.Length == 0);
    }
}
