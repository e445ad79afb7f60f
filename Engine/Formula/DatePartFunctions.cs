namespace SoftrLite.Formula;

/// <summary>Date functions of §6.4 that take a date apart: DAY … SECOND, WEEKDAY, WEEKNUM, DAYS_IN_MONTH.</summary>
internal static class DatePartFunctions
{
    /// <summary>The definitions of the group.</summary>
    public static IEnumerable<FunctionDefinition> Definitions()
    {
        const FormulaResultType number = FormulaResultType.Number;
        yield return FunctionDefinition.Eager("DAY", 1, 1, number, (a, in c) => Part(a[0], c, t => t.Day));
        yield return FunctionDefinition.Eager("MONTH", 1, 1, number, (a, in c) => Part(a[0], c, t => t.Month));
        yield return FunctionDefinition.Eager("YEAR", 1, 1, number, (a, in c) => Part(a[0], c, t => t.Year));
        yield return FunctionDefinition.Eager("HOUR", 1, 1, number, (a, in c) => Part(a[0], c, t => t.Hour));
        yield return FunctionDefinition.Eager("MINUTE", 1, 1, number, (a, in c) => Part(a[0], c, t => t.Minute));
        yield return FunctionDefinition.Eager("SECOND", 1, 1, number, (a, in c) => Part(a[0], c, t => t.Second));
        yield return FunctionDefinition.Eager("WEEKDAY", 1, 2, number, Weekday);
        yield return FunctionDefinition.Eager("WEEKNUM", 1, 2, number, WeekNumber);
        yield return FunctionDefinition.Eager("DAYS_IN_MONTH", 0, 1, number, DaysInMonth, Volatility.WithoutArguments);
    }

    private static FormulaValue Part(FormulaValue argument, in EvalContext context, Func<DateTime, int> part) =>
        DateArgs.TryGet(argument, context, out var moment, out var failure)
            ? FormulaValue.FromNumber(part(moment.LocalDateTime(context.Zone)))
            : failure;

    /// <summary>The first day of the week named by an optional argument: "sunday" (default) or "monday", any case.</summary>
    private static bool TryWeekStart(ReadOnlySpan<FormulaValue> arguments, out int firstDay)
    {
        firstDay = 0;
        if (arguments.Length < 2 || arguments[1].IsBlank)
        {
            return true;
        }

        var name = Args.Text(arguments[1]).Trim();
        if (name.Equals("sunday", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        firstDay = 1;
        return name.Equals("monday", StringComparison.OrdinalIgnoreCase);
    }

    private static FormulaValue Weekday(ReadOnlySpan<FormulaValue> arguments, in EvalContext context)
    {
        if (!DateArgs.TryGet(arguments[0], context, out var moment, out var failure))
        {
            return failure;
        }

        if (!TryWeekStart(arguments, out var firstDay))
        {
            return FormulaValue.GeneralError;
        }

        var day = (int)moment.LocalDate(context.Zone).DayOfWeek;
        return FormulaValue.FromNumber((day - firstDay + 7) % 7);
    }

    private static FormulaValue WeekNumber(ReadOnlySpan<FormulaValue> arguments, in EvalContext context)
    {
        if (!DateArgs.TryGet(arguments[0], context, out var moment, out var failure))
        {
            return failure;
        }

        if (!TryWeekStart(arguments, out var firstDay))
        {
            return FormulaValue.GeneralError;
        }

        // Week 1 is the week holding 1 January; weeks start on firstDay (spreadsheet WEEKNUM, system 1).
        var date = moment.LocalDate(context.Zone);
        var januaryFirst = new DateOnly(date.Year, 1, 1);
        var lead = ((int)januaryFirst.DayOfWeek - firstDay + 7) % 7;
        return FormulaValue.FromNumber(((date.DayOfYear - 1 + lead) / 7) + 1);
    }

    private static FormulaValue DaysInMonth(ReadOnlySpan<FormulaValue> arguments, in EvalContext context)
    {
        DateOnly date;
        if (arguments.Length == 0)
        {
            date = DateFunctions.Today(context);
        }
        else if (DateArgs.TryGet(arguments[0], context, out var moment, out var failure))
        {
            date = moment.LocalDate(context.Zone);
        }
        else
        {
            return failure;
        }

        return FormulaValue.FromNumber(DateTime.DaysInMonth(date.Year, date.Month));
    }
}
