namespace SoftrLite;

/// <summary>
/// A record with its values keyed by field ID, in table order. Empty fields are left out. Values are
/// .NET values: string, double, long, bool, <see cref="DateOnly"/>, <see cref="DateTimeOffset"/>, a
/// <see cref="SelectChoice"/> (a list of them for a multiple select), <see cref="LinkedRecord"/>s,
/// <see cref="Attachment"/>s, <see cref="Collaborator"/>s.
/// </summary>
/// <param name="Id">The record's ID.</param>
/// <param name="TableId">The table it belongs to.</param>
/// <param name="Fields">Its non-empty values by field ID.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record Record(
    RecordId Id,
    TableId TableId,
    IReadOnlyDictionary<FieldId, object> Fields,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The value of a field, or <see langword="null"/> when it is empty.</summary>
    public object? this[FieldId field] => Fields.GetValueOrDefault(field);

    /// <summary>The value of a field as <typeparamref name="T"/>, or the default when empty.</summary>
    /// <exception cref="InvalidCastException">When the value is of another type.</exception>
    public T? Get<T>(FieldId field) => Fields.TryGetValue(field, out var value) ? (T)value : default;
}
