using System.Globalization;

namespace SoftrLite;

/// <summary>A value as it sits in a field's column: empty (SQL NULL), text, an integer or a real number.</summary>
public readonly struct StoredValue : IEquatable<StoredValue>
{
    private StoredValue(FieldStorage kind, string? text, long integer, double real)
    {
        Kind = kind;
        Text = text;
        Integer = integer;
        Real = real;
    }

    /// <summary>No value: the field is empty.</summary>
    public static StoredValue Empty => default;

    /// <summary><see cref="FieldStorage.None"/> when empty, else the column kind of the value.</summary>
    public FieldStorage Kind { get; }

    /// <summary>Whether there is no value.</summary>
    public bool IsEmpty => Kind == FieldStorage.None;

    /// <summary>The text, for <see cref="FieldStorage.Text"/>.</summary>
    public string? Text { get; }

    /// <summary>The integer, for <see cref="FieldStorage.Integer"/>.</summary>
    public long Integer { get; }

    /// <summary>The number, for <see cref="FieldStorage.Real"/>.</summary>
    public double Real { get; }

    /// <summary>A text value.</summary>
    public static StoredValue FromText(string text) => new(FieldStorage.Text, text, 0, 0);

    /// <summary>An integer value.</summary>
    public static StoredValue FromInteger(long value) => new(FieldStorage.Integer, null, value, 0);

    /// <summary>A real value.</summary>
    public static StoredValue FromReal(double value) => new(FieldStorage.Real, null, 0, value);

    /// <summary>The value as a boxed SQLite parameter (<see cref="DBNull"/> when empty).</summary>
    internal object ToParameter() => Kind switch
    {
        FieldStorage.Text => Text!,
        FieldStorage.Integer => Integer,
        FieldStorage.Real => Real,
        _ => DBNull.Value,
    };

    /// <inheritdoc/>
    public bool Equals(StoredValue other) =>
        Kind == other.Kind && Text == other.Text && Integer == other.Integer && Real.Equals(other.Real);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is StoredValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Text, Integer, Real);

    /// <summary>Describes the value.</summary>
    public override string ToString() => Kind switch
    {
        FieldStorage.Text => Text!,
        FieldStorage.Integer => Integer.ToString(CultureInfo.InvariantCulture),
        FieldStorage.Real => Real.ToString("R", CultureInfo.InvariantCulture),
        _ => "(empty)",
    };

    /// <summary>Compares two values.</summary>
    public static bool operator ==(StoredValue left, StoredValue right) => left.Equals(right);

    /// <summary>Compares two values.</summary>
    public static bool operator !=(StoredValue left, StoredValue right) => !left.Equals(right);
}
