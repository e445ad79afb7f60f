namespace SoftrLite.Formula;

/// <summary>Turns a function argument into a <see cref="Moment"/>: dates, instants and date text; blank stays blank.</summary>
internal static class DateArgs
{
    /// <summary>False when the argument is not a date: <paramref name="failure"/> is then blank (for blank input) or <c>#ERROR!</c>.</summary>
    public static bool TryGet(FormulaValue value, in EvalContext context, out Moment moment, out FormulaValue failure)
    {
        value = Coerce.Scalarize(value);
        if (value.Kind == FormulaValueKind.Blank || (value.Kind == FormulaValueKind.Text && value.Text.AsSpan().Trim().IsEmpty))
        {
            moment = default;
            failure = FormulaValue.Blank;
            return false;
        }

        failure = FormulaValue.GeneralError;
        return TryGetInZone(value, context.Zone, out moment);
    }

    /// <summary>Like <see cref="TryGet"/> but without a context: zone-less text is read in <paramref name="zone"/>.</summary>
    public static bool TryGetInZone(FormulaValue value, TimeZoneInfo zone, out Moment moment)
    {
        value = Coerce.Scalarize(value);
        switch (value.Kind)
        {
            case FormulaValueKind.Date:
                moment = Moment.FromDate(value.Date);
                return true;
            case FormulaValueKind.Instant:
                moment = Moment.FromInstant(value.Instant, value.TimeZone);
                return true;
            case FormulaValueKind.Text:
                return DateText.TryParse(value.Text, zone, out moment);
            default:
                moment = default;
                return false;
        }
    }
}
