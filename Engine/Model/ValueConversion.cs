using System.Collections;
using System.Globalization;

namespace SoftrLite;

/// <summary>
/// Converts a record value (as <see cref="FieldType.Decode"/> returns it) to the type a caller asks for: numbers when
/// the conversion is exact, dates between <see cref="DateOnly"/>, <see cref="DateTime"/> and <see cref="DateTimeOffset"/>,
/// a select choice to its label, and lists item by item. Anything else is an <see cref="InvalidCastException"/>.
/// </summary>
internal static class ValueConversion
{
    public static object? To(object? value, Type target, string field)
    {
        var type = Nullable.GetUnderlyingType(target) ?? target;
        if (value is null)
        {
            return !target.IsValueType || Nullable.GetUnderlyingType(target) is not null
                ? null
                : throw Cannot(field, "no value", target);
        }

        if (type.IsInstanceOfType(value))
        {
            return value;
        }

        return value switch
        {
            double d when Number(d, type) is { } n => n,
            long l when Number(l, type) is { } n => n,
            DateOnly date when Date(date, type) is { } converted => converted,
            DateTimeOffset instant when Instant(instant, type) is { } converted => converted,
            SelectChoice choice when type == typeof(string) => choice.Label,
            LinkedRecord link when type == typeof(string) => link.Label,
            LinkedRecord link when type == typeof(RecordId) => link.Id,
            IEnumerable items and not string when List(items, type, field) is { } list => list,
            _ => throw Cannot(field, Describe(value), target),
        };
    }

    private static object? Number(double d, Type type)
    {
        if (type == typeof(double))
        {
            return d;
        }

        if (type == typeof(decimal))
        {
            // Through the shortest round-trip text, so 0.1 becomes 0.1m and not 0.1000000000000000055….
            return decimal.TryParse(d.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var m) ? m : null;
        }

        if (type == typeof(float))
        {
            return (double)(float)d == d ? (float)d : null;
        }

        if (double.IsInteger(d) && d is >= long.MinValue and < 9.2233720368547758E+18)
        {
            return Number((long)d, type);
        }

        return null;
    }

    private static object? Number(long l, Type type) => type switch
    {
        _ when type == typeof(long) => l,
        _ when type == typeof(int) => l is >= int.MinValue and <= int.MaxValue ? (int)l : null,
        _ when type == typeof(short) => l is >= short.MinValue and <= short.MaxValue ? (short)l : null,
        _ when type == typeof(byte) => l is >= byte.MinValue and <= byte.MaxValue ? (byte)l : null,
        _ when type == typeof(decimal) => (decimal)l,
        _ when type == typeof(double) => (long)(double)l == l ? (double)l : null,
        _ => null,
    };

    private static object? Date(DateOnly date, Type type) => type switch
    {
        _ when type == typeof(DateTime) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified),
        _ when type == typeof(DateTimeOffset) => new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        _ => null,
    };

    private static object? Instant(DateTimeOffset instant, Type type) => type switch
    {
        _ when type == typeof(DateTime) => instant.UtcDateTime,
        _ when type == typeof(DateOnly) => DateOnly.FromDateTime(instant.UtcDateTime),
        _ => null,
    };

    private static object? List(IEnumerable items, Type type, string field)
    {
        var element = type.IsArray ? type.GetElementType()
            : type.IsGenericType && type.GetGenericArguments().Length == 1 && type.IsAssignableFrom(typeof(List<>).MakeGenericType(type.GetGenericArguments()[0]))
                ? type.GetGenericArguments()[0]
                : null;
        if (element is null)
        {
            return null;
        }

        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        foreach (var item in items)
        {
            list.Add(To(item, element, field));
        }

        if (!type.IsArray)
        {
            return list;
        }

        var array = Array.CreateInstance(element, list.Count);
        list.CopyTo(array, 0);
        return array;
    }

    private static string Describe(object value) => value switch
    {
        double d => "the number " + d.ToString("R", CultureInfo.InvariantCulture),
        long l => "the number " + l.ToString(CultureInfo.InvariantCulture),
        _ => "a " + value.GetType().Name,
    };

    private static InvalidCastException Cannot(string field, string given, Type target) =>
        new($"Field '{field}' holds {given}, which cannot be read exactly as {target.Name}.");
}
