using System.Text;

namespace SoftrLite.Formula;

/// <summary>The 18 text functions of §6.1.</summary>
internal static class TextFunctions
{
    /// <summary>The definitions of the group.</summary>
    public static IEnumerable<FunctionDefinition> Definitions()
    {
        const FormulaResultType text = FormulaResultType.Text;
        const int any = FunctionDefinition.Variadic;
        yield return FunctionDefinition.Eager("CONCATENATE", 1, any, text, Concatenate);
        yield return FunctionDefinition.Eager("LEFT", 2, 2, text, Left);
        yield return FunctionDefinition.Eager("RIGHT", 2, 2, text, Right);
        yield return FunctionDefinition.Eager("LEN", 1, 1, FormulaResultType.Number, Len);
        yield return FunctionDefinition.Eager("FIND", 2, 3, FormulaResultType.Number, (a, in c) => Find(a, StringComparison.Ordinal));
        yield return FunctionDefinition.Eager("SEARCH", 2, 3, FormulaResultType.Number, (a, in c) => Find(a, StringComparison.OrdinalIgnoreCase));
        yield return FunctionDefinition.Eager("REPLACE", 4, 4, text, Replace);
        yield return FunctionDefinition.Eager("SUBSTITUTE", 3, 4, text, Substitute);
        yield return FunctionDefinition.Eager("TRIM", 1, 1, text, (a, in c) => FormulaValue.FromText(Args.Text(a[0]).Trim()));
        yield return FunctionDefinition.Eager("LOWER", 1, 1, text, (a, in c) => FormulaValue.FromText(Args.Text(a[0]).ToLowerInvariant()));
        yield return FunctionDefinition.Eager("UPPER", 1, 1, text, (a, in c) => FormulaValue.FromText(Args.Text(a[0]).ToUpperInvariant()));
        yield return FunctionDefinition.Eager("CAPITALIZE", 1, 1, text, Capitalize);
        yield return FunctionDefinition.Eager("PROPER", 1, 1, text, Proper);
        yield return FunctionDefinition.Eager("DOMAIN", 1, 1, text, (a, in c) => FormulaValue.FromText(UrlDomain.Of(Args.Text(a[0]))));
        yield return FunctionDefinition.Eager("MID", 3, 3, text, Mid);
        yield return FunctionDefinition.Eager("REPT", 2, 2, text, Rept);
        yield return FunctionDefinition.Eager("T", 1, 1, text, TextOnly);
        yield return FunctionDefinition.Eager("STRINGIFY", 1, 1, text, (a, in c) => FormulaValue.FromText(Args.Text(a[0])));
    }

    private static FormulaValue Concatenate(ReadOnlySpan<FormulaValue> arguments, in EvalContext context)
    {
        if (arguments.Length == 1)
        {
            return FormulaValue.FromText(Args.Text(arguments[0]));
        }

        var builder = new StringBuilder();
        foreach (var argument in arguments)
        {
            Coerce.AppendText(builder, argument);
            if (builder.Length > Args.MaxTextLength)
            {
                return FormulaValue.GeneralError;
            }
        }

        return FormulaValue.FromText(builder.ToString());
    }

    private static FormulaValue Left(ReadOnlySpan<FormulaValue> arguments, in EvalContext context)
    {
        var text = Args.Text(arguments[0]);
        if (!Args.TryCount(arguments[1], out var count))
        {
            return FormulaValue.GeneralError;
        }

        return FormulaValue.FromText(count >= text.Length ? text : text[..count]);
    }

    private static FormulaValue Right(ReadOnlySpan<FormulaValue> arguments, in EvalContext context)
    {
        var text = Args.Text(arguments[0]);
        if (!Args.TryCount(arguments[1], out var count))
        {
            return FormulaValue.GeneralError;
        }

        return FormulaValue.FromText(count >= text.Length ? text : text[^count..]);
    }

    private static FormulaValue Len(ReadOnlySpan<FormulaValue> arguments, in EvalContext context) =>
        FormulaValue.FromNumber(Args.Text(arguments[0]).Length);

    private static FormulaValue Find(ReadOnlySpan<FormulaValue> arguments, StringComparison comparison)
    {
        var needle = Args.Text(arguments[0]);
        var haystack = Args.Text(arguments[1]);
        var start = 1;
        if (arguments.Length > 2 && !arguments[2].IsBlank)
        {
            if (!Args.TryInteger(arguments[2], out start))
            {
                return FormulaValue.GeneralError;
            }

            start = Math.Max(start, 1);
        }

        if (start > haystack.Length)
        {
            return FormulaValue.FromNumber(0);
        }

        return FormulaValue.FromNumber(haystack.IndexOf(needle, start - 1, comparison) + 1);
    }

    private static FormulaValue Replace(ReadOnlySpan<FormulaValue> arguments, in EvalContext context)
    {
        var text = Args.Text(arguments[0]);
        if (!Args.TryInteger(arguments[1], out var start) || start < 1 || !Args.TryCount(arguments[2], out var count))
        {
            return FormulaValue.GeneralError;
        }

        var from = Math.Min(start - 1, text.Length);
        var to = (int)Math.Min((long)from + count, text.Length);
        return Args.TextResult(string.Concat(text.AsSpan(0, from), Args.Text(arguments[3]), text.AsSpan(to)));
    }

    private static FormulaValue Substitute(ReadOnlySpan<FormulaValue> arguments, in EvalContext context)
    {
        var text = Args.Text(arguments[0]);
        var old = Args.Text(arguments[1]);
        var replacement = Args.Text(arguments[2]);
        if (old.Length == 0)
        {
            return FormulaValue.FromText(text);
        }

        if (arguments.Length < 4 || arguments[3].IsBlank)
        {
            return Args.TextResult(text.Replace(old, replacement, StringComparison.Ordinal));
        }

        if (!Args.TryInteger(arguments[3], out var instance) || instance < 1)
        {
            return FormulaValue.GeneralError;
        }

        var index = -old.Length;
        for (var seen = 0; seen < instance; seen++)
        {
            index = text.IndexOf(old, index + old.Length, StringComparison.Ordinal);
            if (index < 0)
            {
                return FormulaValue.FromText(text);
            }
        }

        return Args.TextResult(string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + old.Length)));
    }

    private static FormulaValue Capitalize(ReadOnlySpan<FormulaValue> arguments, in EvalContext context)
    {
        var text = Args.Text(arguments[0]);
        if (text.Length == 0)
        {
            return FormulaValue.FromText(text);
        }

        return FormulaValue.FromText(string.Concat(text[..1].ToUpperInvariant(), text[1..].ToLowerInvariant()));
    }

    private static FormulaValue Proper(ReadOnlySpan<FormulaValue> arguments, in EvalContext context)
    {
        var text = Args.Text(arguments[0]);
        var result = string.Create(text.Length, text, static (span, source) =>
        {
            var previousIsWordCharacter = false;
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = previousIsWordCharacter ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c);
                previousIsWordCharacter = char.IsLetterOrDigit(c) || (c == '\'' && previousIsWordCharacter && IsLetterAt(source, i + 1) && !IsLetterAt(source, i + 2));
            }
        });
        return FormulaValue.FromText(result);
    }

    private static bool IsLetterAt(string text, int index) => index < text.Length && char.IsLetter(text[index]);

    private static FormulaValue Mid(ReadOnlySpan<FormulaValue> arguments, in EvalContext context)
    {
        var text = Args.Text(arguments[0]);
        if (!Args.TryInteger(arguments[1], out var start) || start < 1 || !Args.TryCount(arguments[2], out var length))
        {
            return FormulaValue.GeneralError;
        }

        if (start > text.Length)
        {
            return FormulaValue.FromText("");
        }

        return FormulaValue.FromText(text.Substring(start - 1, Math.Min(length, text.Length - start + 1)));
    }

    private static FormulaValue Rept(ReadOnlySpan<FormulaValue> arguments, in EvalContext context)
    {
        var text = Args.Text(arguments[0]);
        if (!Args.TryCount(arguments[1], out var times) || (long)text.Length * times > Args.MaxTextLength)
        {
            return FormulaValue.GeneralError;
        }

        return FormulaValue.FromText(new StringBuilder(text.Length * times).Insert(0, text, times).ToString());
    }

    private static FormulaValue TextOnly(ReadOnlySpan<FormulaValue> arguments, in EvalContext context)
    {
        var value = Coerce.Scalarize(arguments[0]);
        return value.Kind is FormulaValueKind.Text or FormulaValueKind.Number or FormulaValueKind.Array
            ? FormulaValue.FromText(Args.Text(value))
            : FormulaValue.FromText("");
    }
}
