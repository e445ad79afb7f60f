using SoftrLite.Records;

namespace SoftrLite;

/// <summary>Builds the <c>fields</c> of a record write from a C# object, as <see cref="Record.ToObject{T}"/> reads one back.</summary>
public static class RecordValues
{
    /// <summary>
    /// The values of <paramref name="item"/>'s public readable properties, keyed by field name (the property's name, or
    /// its <see cref="SoftrFieldAttribute"/>'s), for <see cref="RecordOperations.Create"/> and
    /// <see cref="RecordOperations.Update"/>. A property of type <see cref="RecordId"/> is left out; a <see langword="null"/>
    /// property clears its field. Every key must name a field of the table (else <see cref="ErrorCode.UnknownField"/>):
    /// leave others out with <c>[SoftrField(Ignore = true)]</c>.
    /// </summary>
    /// <typeparam name="T">The object's type; its properties are read once per type.</typeparam>
    public static IReadOnlyDictionary<string, object?> From<T>(T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return RecordMapping<T>.Write(item);
    }
}
