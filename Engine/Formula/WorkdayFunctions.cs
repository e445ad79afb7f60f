namespace SoftrLite.Formula;

/// <summary>WORKDAY and WORKDAY_DIFF: Saturdays, Sundays and the listed holidays are skipped; the start day is not counted.</summary>
internal static class WorkdayFunctions
{
    private const int MaxWorkdays = 1_000_000;

    /// <summary>The definitions of the group.</summary>
    public static IEnumerable<FunctionDefinition> Definitions()
    {
        const int any = FunctionDefinition.Variadic;
        yield return FunctionDefinition.Eager("WORKDAY", 2, any, FormulaResultType.Date, Workday);
        yield return FunctionDefinition.Eager("WORKDAY_DIFF", 2, any, FormulaResultType.Number, WorkdayDiff);
    }

    private static FormulaValue Workday(ReadOnlySpan<FormulaValue> arguments, in EvalContext context)
    {
        if (!DateArgs.TryGet(arguments[0], context, out var start, out var failure))
        {
            return failure;
        }

        if (!Args.TryInteger(arguments[1], out var days) || Math.Abs((long)days) > MaxWorkdays
            || !TryHolidays(arguments[2..], context, out var holidays))
        {
            return FormulaValue.GeneralError;
        }

        var date = start.LocalDate(context.Zone);
        var step = Math.Sign(days);
        for (var remaining = Math.Abs(days); remaining > 0;)
        {
            date = date.AddDays(step);
            if (IsWorkday(date, holidays))
            {
                remaining--;
            }
        }

        return FormulaValue.FromDate(date);
    }

    private static FormulaValue WorkdayDiff(ReadOnlySpan<FormulaValue> arguments, in EvalContext context)
    {
        if (!DateArgs.TryGet(arguments[0], context, out var start, out var failure)
            || !DateArgs.TryGet(arguments[1], context, out var end, out failure))
        {
            return failure;
        }

        if (!TryHolidays(arguments[2..], context, out var holidays))
        {
            return FormulaValue.GeneralError;
        }

        var from = start.LocalDate(context.Zone);
        var to = end.LocalDate(context.Zone);
        return to >= from
            ? FormulaValue.FromNumber(CountWorkdays(from, to, holidays))
            : FormulaValue.FromNumber(-CountWorkdays(to, from, holidays));
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    private static long CountWorkdays(DateOnly from, DateOnly to, HashSet<DateOnly>? holidays)
    {
        var days = to.DayNumber - from.DayNumber;
        long count = days / 7 * 5;
        for (var date = from.AddDays(days / 7 * 7); date < to;)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                count++;
            }
        }

        if (holidays is not null)
        {
            foreach (var holiday in holidays)
            {
                if (holiday > from && holiday <= to && holiday.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                {
                    count--;
                }
            }
        }

        return count;
    }

    private static bool IsWorkday(DateOnly date, HashSet<DateOnly>? holidays) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && (holidays is null || !holidays.Contains(date));

    private static bool TryHolidays(ReadOnlySpan<FormulaValue> arguments, in EvalContext context, out HashSet<DateOnly>? holidays)
    {
        holidays = null;
        foreach (var argument in arguments)
        {
            if (!TryAddHoliday(argument, context.Zone, ref holidays))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryAddHoliday(FormulaValue value, TimeZoneInfo zone, ref HashSet<DateOnly>? holidays)
    {
        if (value.Kind == FormulaValueKind.Array)
        {
            foreach (var item in value.Items)
            {
                if (!TryAddHoliday(item, zone, ref holidays))
                {
                    return false;
                }
            }

            return true;
        }

        if (Coerce.IsEmpty(value))
        {
            return true;
        }

        if (!DateArgs.TryGetInZone(value, zone, out var moment))
        {
            return false;
        }

        (holidays ??= []).Add(moment.LocalDate(zone));
        return true;
    }
}
