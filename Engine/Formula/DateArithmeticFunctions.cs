namespace SoftrLite.Formula;

/// <summary>Date functions of §6.4 that move dates or measure between them: DATEADD, DATETIME_DIFF, EDATE, EOMONTH.</summary>
internal static class DateArithmeticFunctions
{
    /// <summary>The definitions of the group.</summary>
    public static IEnumerable<FunctionDefinition> Definitions()
    {
        yield return FunctionDefinition.Eager("DATEADD", 3, 3, DateAddType, DateAdd);
        yield return FunctionDefinition.Eager("DATETIME_DIFF", 2, 3, FormulaResultType.Number, DateTimeDiff);
        yield return FunctionDefinition.Eager("EDATE", 1, 2, FormulaResultType.Date, (a, in c) => MonthsLater(a, c, endOfMonth: false));
        yield return FunctionDefinition.Eager("EOMONTH", 1, 2, FormulaResultType.Date, (a, in c) => MonthsLater(a, c, endOfMonth: true));
    }

    private static FormulaResultType? DateAddType(IReadOnlyList<Node> arguments)
    {
        var input = arguments[0].StaticType;
        if (input == FormulaResultType.Instant)
        {
            return FormulaResultType.Instant;
        }

        if (input == FormulaResultType.Date && TypeRules.LiteralText(arguments, 2) is { } unitName && DateUnits.TryParse(unitName, out var unit))
        {
            return DateUnits.IsFixed(unit) ? FormulaResultType.Instant : FormulaResultType.Date;
        }

        return FormulaResultType.Unknown;
    }

    private static FormulaValue DateAdd(ReadOnlySpan<FormulaValue> arguments, in EvalContext context)
    {
        if (!DateArgs.TryGet(arguments[0], context, out var moment, out var failure))
        {
            return failure;
        }

        if (!Args.TryNumber(arguments[1], out var amount) || !DateUnits.TryParse(Args.Text(arguments[2]), out var unit))
        {
            return FormulaValue.GeneralError;
        }

        var whole = (int)Math.Clamp(Math.Truncate(amount), int.MinValue / 12, int.MaxValue / 12);
        if (moment.IsDate && !DateUnits.IsFixed(unit))
        {
            var date = moment.Date;
            return FormulaValue.FromDate(unit switch
            {
                DateUnit.Day => date.AddDays(whole),
                DateUnit.Week => date.AddDays(whole * 7),
                DateUnit.Month => date.AddMonths(whole),
                DateUnit.Quarter => date.AddMonths(whole * 3),
                _ => date.AddYears(whole),
            });
        }

        var zone = moment.ZoneOr(context.Zone);
        if (DateUnits.IsFixed(unit))
        {
            var ticks = checked((long)Math.Round(amount * DateUnits.Ticks(unit)));
            return FormulaValue.FromInstant(moment.ToInstant(zone).AddTicks(ticks), moment.AttachedZone);
        }

        // Calendar units move the wall clock, so 09:00 stays 09:00 across a daylight-saving change.
        var local = moment.LocalDateTime(zone);
        local = unit switch
        {
            DateUnit.Day => local.AddDays(amount),
            DateUnit.Week => local.AddDays(amount * 7),
            DateUnit.Month => local.AddMonths(whole),
            DateUnit.Quarter => local.AddMonths(whole * 3),
            _ => local.AddYears(whole),
        };
        return FormulaValue.FromInstant(ZoneMath.ToUtc(local, zone), moment.AttachedZone);
    }

    private static FormulaValue DateTimeDiff(ReadOnlySpan<FormulaValue> arguments, in EvalContext context)
    {
        if (!DateArgs.TryGet(arguments[0], context, out var later, out var failure)
            || !DateArgs.TryGet(arguments[1], context, out var earlier, out failure))
        {
            return failure;
        }

        var unit = DateUnit.Second;
        if (arguments.Length > 2 && !arguments[2].IsBlank && !DateUnits.TryParse(Args.Text(arguments[2]), out unit))
        {
            return FormulaValue.GeneralError;
        }

        var zone = later.ZoneOr(context.Zone);
        if (DateUnits.IsFixed(unit))
        {
            var ticks = later.ToInstant(zone).UtcTicks - earlier.ToInstant(zone).UtcTicks;
            return FormulaValue.FromNumber(ticks / DateUnits.Ticks(unit));
        }

        var a = later.IsDate ? later.Date.ToDateTime(TimeOnly.MinValue) : ZoneMath.ToLocal(later.Utc, zone).DateTime;
        var b = earlier.IsDate ? earlier.Date.ToDateTime(TimeOnly.MinValue) : ZoneMath.ToLocal(earlier.ToInstant(zone), zone).DateTime;
        if (unit is DateUnit.Day or DateUnit.Week)
        {
            return FormulaValue.FromNumber((a.Ticks - b.Ticks) / DateUnits.Ticks(unit));
        }

        var months = WholeMonths(a, b);
        return FormulaValue.FromNumber(unit switch
        {
            DateUnit.Month => months,
            DateUnit.Quarter => months / 3,
            _ => months / 12,
        });
    }

    /// <summary>Whole calendar months from <paramref name="b"/> to <paramref name="a"/>, truncated toward zero.</summary>
    private static int WholeMonths(DateTime a, DateTime b)
    {
        var months = ((a.Year - b.Year) * 12) + a.Month - b.Month;
        if (months > 0 && b.AddMonths(months) > a)
        {
            months--;
        }
        else if (months < 0 && b.AddMonths(months) < a)
        {
            months++;
        }

        return months;
    }

    private static FormulaValue MonthsLater(ReadOnlySpan<FormulaValue> arguments, in EvalContext context, bool endOfMonth)
    {
        if (!DateArgs.TryGet(arguments[0], context, out var moment, out var failure))
        {
            return failure;
        }

        var months = 0;
        if (arguments.Length > 1 && !arguments[1].IsBlank && !Args.TryInteger(arguments[1], out months))
        {
            return FormulaValue.GeneralError;
        }

        var date = moment.LocalDate(context.Zone).AddMonths(months);
        return FormulaValue.FromDate(endOfMonth ? new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month)) : date);
    }
}
