namespace SoftrLite.Formula;

/// <summary>An immutable formula value: blank, number, text, boolean, date, instant, array or error; scalars are not boxed.</summary>
internal readonly struct FormulaValue : IEquatable<FormulaValue>
{
    /// <summary>The error code of a division by zero.</summary>
    public const string DivideByZeroCode = "#DIV/0!";

    /// <summary>The error code of every other runtime problem.</summary>
    public const string GeneralErrorCode = "#ERROR!";

    private static readonly FormulaValue[] NoItems = [];

    private readonly double _number;
    private readonly long _ticks;
    private readonly object? _reference;

    private FormulaValue(FormulaValueKind kind, double number, long ticks, object? reference)
    {
        Kind = kind;
        _number = number;
        _ticks = ticks;
        _reference = reference;
    }

    /// <summary>The empty value.</summary>
    public static FormulaValue Blank => default;

    /// <summary>The <c>#DIV/0!</c> error.</summary>
    public static FormulaValue DivideByZero { get; } = new(FormulaValueKind.Error, 0, 0, DivideByZeroCode);

    /// <summary>The <c>#ERROR!</c> error.</summary>
    public static FormulaValue GeneralError { get; } = new(FormulaValueKind.Error, 0, 0, GeneralErrorCode);

    /// <summary>The boolean TRUE.</summary>
    public static FormulaValue True { get; } = new(FormulaValueKind.Boolean, 1, 0, null);

    /// <summary>The boolean FALSE.</summary>
    public static FormulaValue False { get; } = new(FormulaValueKind.Boolean, 0, 0, null);

    /// <summary>What kind of value this is.</summary>
    public FormulaValueKind Kind { get; }

    /// <summary>The number (0 unless <see cref="Kind"/> is Number).</summary>
    public double Number => Kind == FormulaValueKind.Number ? _number : 0;

    /// <summary>The text ("" unless <see cref="Kind"/> is Text).</summary>
    public string Text => Kind == FormulaValueKind.Text ? (string)_reference! : "";

    /// <summary>The boolean (false unless <see cref="Kind"/> is Boolean).</summary>
    public bool Boolean => Kind == FormulaValueKind.Boolean && _number != 0;

    /// <summary>The calendar date (default unless <see cref="Kind"/> is Date).</summary>
    public DateOnly Date => Kind == FormulaValueKind.Date ? DateOnly.FromDayNumber((int)_ticks) : default;

    /// <summary>The instant, in UTC (default unless <see cref="Kind"/> is Instant).</summary>
    public DateTimeOffset Instant => Kind == FormulaValueKind.Instant ? new DateTimeOffset(_ticks, TimeSpan.Zero) : default;

    /// <summary>The zone attached to an instant by <c>SET_TIMEZONE</c>, or null.</summary>
    public TimeZoneInfo? TimeZone => Kind == FormulaValueKind.Instant ? _reference as TimeZoneInfo : null;

    /// <summary>The items (empty unless <see cref="Kind"/> is Array).</summary>
    public IReadOnlyList<FormulaValue> Items => Kind == FormulaValueKind.Array ? (IReadOnlyList<FormulaValue>)_reference! : NoItems;

    /// <summary>The error code, <c>#DIV/0!</c> or <c>#ERROR!</c> ("" unless <see cref="Kind"/> is Error).</summary>
    public string ErrorCode => Kind == FormulaValueKind.Error ? (string)_reference! : "";

    /// <summary>Whether this is an error.</summary>
    public bool IsError => Kind == FormulaValueKind.Error;

    /// <summary>Whether this is the empty value.</summary>
    public bool IsBlank => Kind == FormulaValueKind.Blank;

    /// <summary>A number value.</summary>
    public static FormulaValue FromNumber(double number) => new(FormulaValueKind.Number, number, 0, null);

    /// <summary>A text value.</summary>
    public static FormulaValue FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(FormulaValueKind.Text, 0, 0, text);
    }

    /// <summary>A boolean value.</summary>
    public static FormulaValue FromBoolean(bool value) => value ? True : False;

    /// <summary>A calendar date value.</summary>
    public static FormulaValue FromDate(DateOnly date) => new(FormulaValueKind.Date, 0, date.DayNumber, null);

    /// <summary>An instant value (kept in UTC).</summary>
    public static FormulaValue FromInstant(DateTimeOffset instant) => FromInstant(instant, null);

    /// <summary>An instant value (kept in UTC) with a zone attached for display.</summary>
    public static FormulaValue FromInstant(DateTimeOffset instant, TimeZoneInfo? zone) =>
        new(FormulaValueKind.Instant, 0, instant.UtcTicks, zone);

    /// <summary>An array value.</summary>
    public static FormulaValue FromArray(IReadOnlyList<FormulaValue> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new(FormulaValueKind.Array, 0, 0, items);
    }

    /// <summary>An error value with <paramref name="code"/> (<c>#DIV/0!</c> or <c>#ERROR!</c>).</summary>
    public static FormulaValue Error(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code switch
        {
            DivideByZeroCode => DivideByZero,
            GeneralErrorCode => GeneralError,
            _ => new(FormulaValueKind.Error, 0, 0, code),
        };
    }

    /// <summary>Value equality (arrays item by item); not the formula language's <c>=</c>.</summary>
    public static bool operator ==(FormulaValue left, FormulaValue right) => left.Equals(right);

    /// <summary>Value inequality; not the formula language's <c>!=</c>.</summary>
    public static bool operator !=(FormulaValue left, FormulaValue right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(FormulaValue other)
    {
        if (Kind != other.Kind)
        {
            return false;
        }

        return Kind switch
        {
            FormulaValueKind.Number or FormulaValueKind.Boolean => _number.Equals(other._number),
            FormulaValueKind.Text or FormulaValueKind.Error => string.Equals((string)_reference!, (string)other._reference!, StringComparison.Ordinal),
            FormulaValueKind.Date => _ticks == other._ticks,
            FormulaValueKind.Instant => _ticks == other._ticks && TimeZone?.Id == other.TimeZone?.Id,
            FormulaValueKind.Array => Items.SequenceEqual(other.Items),
            _ => true,
        };
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FormulaValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Kind switch
    {
        FormulaValueKind.Number or FormulaValueKind.Boolean => HashCode.Combine(Kind, _number),
        FormulaValueKind.Text or FormulaValueKind.Error => HashCode.Combine(Kind, StringComparer.Ordinal.GetHashCode((string)_reference!)),
        FormulaValueKind.Date or FormulaValueKind.Instant => HashCode.Combine(Kind, _ticks),
        FormulaValueKind.Array => HashCode.Combine(Kind, Items.Count),
        _ => Kind.GetHashCode(),
    };

    /// <summary>The kind and the text form, for diagnostics.</summary>
    public override string ToString() => Kind switch
    {
        FormulaValueKind.Blank => "Blank",
        FormulaValueKind.Error => ErrorCode,
        FormulaValueKind.Text => $"Text \"{Text}\"",
        FormulaValueKind.Array => $"Array [{string.Join(", ", Items)}]",
        _ => $"{Kind} {Coerce.ToText(this)}",
    };
}
