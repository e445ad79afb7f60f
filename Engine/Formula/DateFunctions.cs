namespace SoftrLite.Formula;

/// <summary>Date functions of §6.4 that format, parse, convert, compare and read the clock or the record's times.</summary>
internal static class DateFunctions
{
    private const string DefaultInstantPattern = "YYYY-MM-DD[T]HH:mm:ss.SSSZ";

    /// <summary>The definitions of the group (the rest of §6.4 is in the other date classes).</summary>
    public static IEnumerable<FunctionDefinition> Definitions()
    {
        const FormulaResultType instant = FormulaResultType.Instant;
        yield return FunctionDefinition.Eager("DATETIME_FORMAT", 1, 2, FormulaResultType.Text, Format);
        yield return FunctionDefinition.Eager("DATETIME_PARSE", 1, 2, ParseType, Parse);
        yield return FunctionDefinition.Eager("SET_TIMEZONE", 2, 2, instant, SetTimeZone);
        yield return FunctionDefinition.Eager("NOW", 0, 0, instant, (a, in c) => FormulaValue.FromInstant(c.Environment.Now), Volatility.Always);
        yield return FunctionDefinition.Eager("TODAY", 0, 0, FormulaResultType.Date, (a, in c) => FormulaValue.FromDate(Today(c)), Volatility.Always);
        yield return FunctionDefinition.Eager("CREATED_TIME", 0, 0, instant, (a, in c) => FromOptional(c.Record.CreatedTime));
        yield return FunctionDefinition.Eager("LAST_MODIFIED_TIME", 0, 0, instant, (a, in c) => FromOptional(c.Record.LastModifiedTime));
        yield return FunctionDefinition.Eager("IS_SAME", 2, 2, FormulaResultType.Boolean, (a, in c) => CompareDates(a, c, order => order == 0));
        yield return FunctionDefinition.Eager("IS_AFTER", 2, 2, FormulaResultType.Boolean, (a, in c) => CompareDates(a, c, order => order > 0));
        yield return FunctionDefinition.Eager("IS_BEFORE", 2, 2, FormulaResultType.Boolean, (a, in c) => CompareDates(a, c, order => order < 0));
        yield return FunctionDefinition.Eager("DATESTR", 1, 1, FormulaResultType.Text, DateStr);
        yield return FunctionDefinition.Eager("DATE", 1, 1, FormulaResultType.Date, ToDate);
        yield return FunctionDefinition.Eager("DATETIME", 1, 1, instant, ToDateTime);
    }

    /// <summary>Today's date in the evaluation zone.</summary>
    public static DateOnly Today(in EvalContext context) =>
        DateOnly.FromDateTime(ZoneMath.ToLocal(context.Environment.Now, context.Zone).DateTime);

    private static FormulaValue FromOptional(DateTimeOffset? instant) =>
        instant is { } value ? FormulaValue.FromInstant(value) : FormulaValue.Blank;

    private static FormulaValue Format(ReadOnlySpan<FormulaValue> arguments, in EvalContext context)
    {
        if (!DateArgs.TryGet(arguments[0], context, out var moment, out var failure))
        {
            return failure;
        }

        var pattern = arguments.Length > 1 ? Args.Text(arguments[1]) : "";
        if (pattern.Length == 0)
        {
            pattern = moment.IsDate ? "YYYY-MM-DD" : DefaultInstantPattern;
        }

        return Args.TextResult(DatePatterns.Format(moment.LocalWithOffset(context.Zone), moment.ZoneOr(context.Zone), pattern));
    }

    private static FormulaResultType? ParseType(IReadOnlyList<Node> arguments)
    {
        if (arguments[0].StaticType is FormulaResultType.Date or FormulaResultType.Instant)
        {
            return arguments[0].StaticType;
        }

        return TypeRules.LiteralText(arguments, 1) is { Length: > 0 } pattern
            ? (DatePatternScanner.HasTime(pattern) ? FormulaResultType.Instant : FormulaResultType.Date)
            : FormulaResultType.Unknown;
    }

    private static FormulaValue Parse(ReadOnlySpan<FormulaValue> arguments, in EvalContext context)
    {
        var value = Coerce.Scalarize(arguments[0]);
        var pattern = arguments.Length > 1 ? Args.Text(arguments[1]) : "";
        if (value.Kind != FormulaValueKind.Text || pattern.Length == 0)
        {
            return DateArgs.TryGet(value, context, out var moment, out var failure) ? moment.ToValue() : failure;
        }

        if (value.Text.AsSpan().Trim().IsEmpty)
        {
            return FormulaValue.Blank;
        }

        return DatePatternParser.TryParse(value.Text, pattern, context.Zone, out var parsed)
            ? parsed.ToValue()
            : FormulaValue.GeneralError;
    }

    private static FormulaValue SetTimeZone(ReadOnlySpan<FormulaValue> arguments, in EvalContext context)
    {
        if (!DateArgs.TryGet(arguments[0], context, out var moment, out var failure))
        {
            return failure;
        }

        if (context.Caches.GetZone(Args.Text(arguments[1]).Trim()) is not { } zone)
        {
            return FormulaValue.GeneralError;
        }

        // A calendar date keeps its day: it becomes midnight in the new zone.
        var instant = moment.IsDate ? ZoneMath.StartOfDay(moment.Date, zone) : moment.Utc;
        return FormulaValue.FromInstant(instant, zone);
    }

    private static FormulaValue CompareDates(ReadOnlySpan<FormulaValue> arguments, in EvalContext context, Func<int, bool> test)
    {
        if (!DateArgs.TryGet(arguments[0], context, out var left, out var failure)
            || !DateArgs.TryGet(arguments[1], context, out var right, out failure))
        {
            return failure;
        }

        var order = left.IsDate && right.IsDate
            ? left.Date.CompareTo(right.Date)
            : left.ToInstant(context.Zone).CompareTo(right.ToInstant(context.Zone));
        return FormulaValue.FromBoolean(test(order));
    }

    private static FormulaValue DateStr(ReadOnlySpan<FormulaValue> arguments, in EvalContext context) =>
        DateArgs.TryGet(arguments[0], context, out var moment, out var failure)
            ? FormulaValue.FromText(Coerce.FormatDate(moment.LocalDate(context.Zone)))
            : failure;

    private static FormulaValue ToDate(ReadOnlySpan<FormulaValue> arguments, in EvalContext context) =>
        DateArgs.TryGet(arguments[0], context, out var moment, out var failure)
            ? FormulaValue.FromDate(moment.LocalDate(context.Zone))
            : failure;

    private static FormulaValue ToDateTime(ReadOnlySpan<FormulaValue> arguments, in EvalContext context) =>
        DateArgs.TryGet(arguments[0], context, out var moment, out var failure)
            ? FormulaValue.FromInstant(moment.ToInstant(context.Zone), moment.AttachedZone)
            : failure;
}
