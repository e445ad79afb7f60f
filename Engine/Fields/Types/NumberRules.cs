using System.Globalization;

namespace SoftrLite.Fields.Types;

/// <summary>
/// The value rules of NUMBER, CURRENCY, PERCENT and DURATION, prepared once per field: a finite number within
/// <c>min</c>/<c>max</c>, rounded to <c>precision</c> decimals (away from zero at the midpoint) when that is set.
/// Per value it does not allocate: the bounds and the message are computed here.
/// </summary>
internal sealed class NumberRules
{
    private const int MaxPrecision = 15;
    private const int SignificantDigits = 15;
    private static readonly NumberRules Unbounded = new(null, null, null);
    private readonly double _min;
    private readonly double _max;
    private readonly int _precision;
    private readonly double _decimalLimit;

    private NumberRules(double? min, double? max, int? precision)
    {
        _min = min ?? double.NegativeInfinity;
        _max = max ?? double.PositiveInfinity;
        _precision = precision ?? -1;
        _decimalLimit = Math.Pow(10, SignificantDigits - Math.Max(_precision, 0));
        Expected = (min, max) switch
        {
            ({ } lo, { } hi) => string.Create(CultureInfo.InvariantCulture, $"a number from {lo} to {hi}"),
            ({ } lo, null) => string.Create(CultureInfo.InvariantCulture, $"a number of at least {lo}"),
            (null, { } hi) => string.Create(CultureInfo.InvariantCulture, $"a number of at most {hi}"),
            _ => "a number",
        };
    }

    /// <summary>What a value must be, for messages.</summary>
    public string Expected { get; }

    /// <summary>Reads <c>min</c>, <c>max</c> and <c>precision</c> of the field's options (DURATION has none of them).</summary>
    public static NumberRules From(Field field)
    {
        var min = StoredOptions.Number(field, "min");
        var max = StoredOptions.Number(field, "max");
        var precision = StoredOptions.Int(field, "precision");
        return min is null && max is null && precision is null
            ? Unbounded
            : new NumberRules(min, max, precision is { } p ? Math.Clamp(p, 0, MaxPrecision) : null);
    }

    /// <summary>Checks and rounds a value; does not allocate unless the value is refused.</summary>
    public StoredValue Normalize(FieldInput value, FieldValueContext context)
    {
        if (!value.TryGetNumber(out var number) || !double.IsFinite(number) || number < _min || number > _max)
        {
            throw context.Invalid(Expected, value);
        }

        if (_precision >= 0)
        {
            number = Round(number);

            // A bound with more decimals than the precision can be crossed by rounding.
            if (number < _min || number > _max)
            {
                throw context.Invalid(Expected, value);
            }
        }

        // -0 reads back as "-0" in JSON; store a plain zero.
        return StoredValue.FromReal(number == 0 ? 0 : number);
    }

    /// <summary>Reads a stored number; an integer is accepted too, since SQLite may hand back either.</summary>
    public static object Decode(StoredValue stored) =>
        stored.Kind == FieldStorage.Integer ? (double)stored.Integer : stored.Real;

    /// <summary>
    /// Rounds to the field's precision, midpoints away from zero, on the number's decimal form (the 15 significant
    /// digits a double keeps), so that 1.005 becomes 1.01 as written rather than 1.00 as the binary value would, and
    /// rounding a rounded value changes nothing. Where 15 digits do not reach the precision's last decimal, the
    /// double holds no spare decimals: only rounding to whole numbers applies.
    /// </summary>
    private double Round(double number)
    {
        if (Math.Abs(number) < _decimalLimit)
        {
            return (double)Math.Round((decimal)number, _precision, MidpointRounding.AwayFromZero);
        }

        return _precision == 0 ? Math.Round(number, MidpointRounding.AwayFromZero) : number;
    }
}
