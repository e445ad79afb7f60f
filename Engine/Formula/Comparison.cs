namespace SoftrLite.Formula;

/// <summary>The formula language's <c>=</c> and ordering (<c>&lt;</c> …): blanks, numbers, text, dates and arrays.</summary>
internal static class Comparison
{
    /// <summary>The <c>=</c> operator on two non-error values.</summary>
    public static bool AreEqual(FormulaValue left, FormulaValue right, TimeZoneInfo zone)
    {
        if (left.Kind == right.Kind && left.Kind is FormulaValueKind.Number or FormulaValueKind.Text)
        {
            return left.Kind == FormulaValueKind.Number
                ? left.Number == right.Number
                : string.Equals(left.Text, right.Text, StringComparison.Ordinal);
        }

        left = Coerce.Scalarize(left);
        right = Coerce.Scalarize(right);
        if (left.Kind == FormulaValueKind.Blank || right.Kind == FormulaValueKind.Blank)
        {
            return IsBlankLike(left.Kind == FormulaValueKind.Blank ? right : left);
        }

        if (left.Kind == FormulaValueKind.Array || right.Kind == FormulaValueKind.Array)
        {
            return ArraysEqual(left, right, zone);
        }

        if (IsNumeric(left) && IsNumeric(right))
        {
            return NumberOf(left) == NumberOf(right);
        }

        if (left.Kind == FormulaValueKind.Text && right.Kind == FormulaValueKind.Text)
        {
            return string.Equals(left.Text, right.Text, StringComparison.Ordinal);
        }

        if (IsNumeric(left) || IsNumeric(right))
        {
            var (number, other) = IsNumeric(left) ? (left, right) : (right, left);
            if (other.Kind != FormulaValueKind.Text)
            {
                return false;
            }

            if (number.Kind == FormulaValueKind.Boolean
                && string.Equals(other.Text.Trim(), number.Boolean ? "TRUE" : "FALSE", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            return Numbers.TryParse(other.Text, out var parsed) && parsed == NumberOf(number);
        }

        return CompareMoments(left, right, zone) == 0;
    }

    /// <summary>The order of two non-error values, or null when they cannot be ordered (the comparison is then FALSE).</summary>
    public static int? Compare(FormulaValue left, FormulaValue right, TimeZoneInfo zone)
    {
        if (left.Kind == FormulaValueKind.Number && right.Kind == FormulaValueKind.Number)
        {
            return left.Number.CompareTo(right.Number);
        }

        left = Coerce.Scalarize(left);
        right = Coerce.Scalarize(right);
        if (left.Kind == FormulaValueKind.Array || right.Kind == FormulaValueKind.Array)
        {
            return null;
        }

        if (left.Kind == FormulaValueKind.Blank && right.Kind == FormulaValueKind.Blank)
        {
            return 0;
        }

        if (left.Kind == FormulaValueKind.Blank)
        {
            left = BlankAs(right);
        }
        else if (right.Kind == FormulaValueKind.Blank)
        {
            right = BlankAs(left);
        }

        if (left.Kind == FormulaValueKind.Blank || right.Kind == FormulaValueKind.Blank)
        {
            return null;
        }

        if (IsNumeric(left) && IsNumeric(right))
        {
            return NumberOf(left).CompareTo(NumberOf(right));
        }

        if (left.Kind == FormulaValueKind.Text && right.Kind == FormulaValueKind.Text)
        {
            return Math.Sign(string.CompareOrdinal(left.Text, right.Text));
        }

        if (IsNumeric(left) || IsNumeric(right))
        {
            var leftNumber = NumberOrParsed(left);
            var rightNumber = NumberOrParsed(right);
            return leftNumber is { } l && rightNumber is { } r ? l.CompareTo(r) : null;
        }

        return CompareMoments(left, right, zone);
    }

    private static bool IsBlankLike(FormulaValue value) => value.Kind switch
    {
        FormulaValueKind.Blank => true,
        FormulaValueKind.Text => value.Text.Length == 0,
        FormulaValueKind.Number => value.Number == 0,
        FormulaValueKind.Boolean => !value.Boolean,
        _ => false,
    };

    private static FormulaValue BlankAs(FormulaValue other) => other.Kind switch
    {
        FormulaValueKind.Text => FormulaValue.FromText(""),
        FormulaValueKind.Number or FormulaValueKind.Boolean => FormulaValue.FromNumber(0),
        _ => FormulaValue.Blank,
    };

    private static bool ArraysEqual(FormulaValue left, FormulaValue right, TimeZoneInfo zone)
    {
        if (left.Kind == FormulaValueKind.Array && right.Kind == FormulaValueKind.Array)
        {
            var a = left.Items;
            var b = right.Items;
            if (a.Count != b.Count)
            {
                return false;
            }

            for (var i = 0; i < a.Count; i++)
            {
                if (a[i].IsError || b[i].IsError || !AreEqual(a[i], b[i], zone))
                {
                    return false;
                }
            }

            return true;
        }

        var (array, other) = left.Kind == FormulaValueKind.Array ? (left, right) : (right, left);
        return other.Kind == FormulaValueKind.Text
            && string.Equals(Coerce.ToText(array), other.Text, StringComparison.Ordinal);
    }

    private static int? CompareMoments(FormulaValue left, FormulaValue right, TimeZoneInfo zone)
    {
        if (!IsMomentLike(left) || !IsMomentLike(right)
            || (left.Kind == FormulaValueKind.Text && right.Kind == FormulaValueKind.Text)
            || !DateArgs.TryGetInZone(left, zone, out var a) || !DateArgs.TryGetInZone(right, zone, out var b))
        {
            return null;
        }

        if (a.IsDate && b.IsDate)
        {
            return a.Date.CompareTo(b.Date);
        }

        return a.ToInstant(zone).CompareTo(b.ToInstant(zone));
    }

    private static bool IsMomentLike(FormulaValue value) =>
        value.Kind is FormulaValueKind.Date or FormulaValueKind.Instant or FormulaValueKind.Text;

    private static bool IsNumeric(FormulaValue value) => value.Kind is FormulaValueKind.Number or FormulaValueKind.Boolean;

    private static double NumberOf(FormulaValue value) =>
        value.Kind == FormulaValueKind.Boolean ? (value.Boolean ? 1 : 0) : value.Number;

    private static double? NumberOrParsed(FormulaValue value)
    {
        if (IsNumeric(value))
        {
            return NumberOf(value);
        }

        return value.Kind == FormulaValueKind.Text && Numbers.TryParse(value.Text, out var parsed) ? parsed : null;
    }
}
