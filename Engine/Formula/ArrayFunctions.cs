using System.Text;

namespace SoftrLite.Formula;

/// <summary>The 4 array functions of §6.5; each returns text, items joined with ", " (or the given delimiter).</summary>
internal static class ArrayFunctions
{
    /// <summary>The definitions of the group.</summary>
    public static IEnumerable<FunctionDefinition> Definitions()
    {
        const FormulaResultType text = FormulaResultType.Text;
        yield return FunctionDefinition.Eager("ARRAYCOMPACT", 1, 1, text, (a, in c) => Join(Flatten(a[0], skipEmpty: true), Coerce.ListSeparator));
        yield return FunctionDefinition.Eager("ARRAYJOIN", 1, 2, text, ArrayJoin);
        yield return FunctionDefinition.Eager("ARRAYUNIQUE", 1, 1, text, ArrayUnique);
        yield return FunctionDefinition.Eager("ARRAYSLICE", 2, 3, text, ArraySlice);
    }

    /// <summary>The scalar items of a value: an array's items (nested arrays flattened), or the value itself; a blank value gives none.</summary>
    private static List<FormulaValue> Flatten(FormulaValue value, bool skipEmpty)
    {
        var items = new List<FormulaValue>();
        if (!value.IsBlank)
        {
            Add(value);
        }

        return items;

        void Add(FormulaValue v)
        {
            if (v.Kind == FormulaValueKind.Array)
            {
                foreach (var item in v.Items)
                {
                    Add(item);
                }
            }
            else if (!skipEmpty || !Coerce.IsEmpty(v))
            {
                items.Add(v);
            }
        }
    }

    private static FormulaValue Join(List<FormulaValue> items, string separator)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(separator);
            }

            Coerce.AppendText(builder, items[i]);
            if (builder.Length > Args.MaxTextLength)
            {
                return FormulaValue.GeneralError;
            }
        }

        return FormulaValue.FromText(builder.ToString());
    }

    private static FormulaValue ArrayJoin(ReadOnlySpan<FormulaValue> arguments, in EvalContext context)
    {
        var separator = arguments.Length > 1 && !arguments[1].IsBlank ? Args.Text(arguments[1]) : Coerce.ListSeparator;
        return Join(Flatten(arguments[0], skipEmpty: false), separator);
    }

    private static FormulaValue ArrayUnique(ReadOnlySpan<FormulaValue> arguments, in EvalContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unique = new List<FormulaValue>();
        foreach (var item in Flatten(arguments[0], skipEmpty: false))
        {
            if (seen.Add(Coerce.ToText(item)))
            {
                unique.Add(item);
            }
        }

        return Join(unique, Coerce.ListSeparator);
    }

    private static FormulaValue ArraySlice(ReadOnlySpan<FormulaValue> arguments, in EvalContext context)
    {
        var items = Flatten(arguments[0], skipEmpty: false);
        if (!Args.TryInteger(arguments[1], out var start))
        {
            return FormulaValue.GeneralError;
        }

        var end = items.Count + 1;
        if (arguments.Length > 2 && !arguments[2].IsBlank && !Args.TryInteger(arguments[2], out end))
        {
            return FormulaValue.GeneralError;
        }

        var from = Resolve(start, items.Count);
        var to = Resolve(end, items.Count);
        return from >= to ? FormulaValue.FromText("") : Join(items.GetRange(from, to - from), Coerce.ListSeparator);
    }

    /// <summary>A 1-based index (negative: counted from the end, -1 = last item) as a 0-based offset clamped to [0, count].</summary>
    private static int Resolve(int index, int count)
    {
        var offset = index > 0 ? (long)index - 1 : (index < 0 ? (long)count + index : 0);
        return (int)Math.Clamp(offset, 0, count);
    }
}
