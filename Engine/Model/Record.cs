using SoftrLite.Records;
using SoftrLite.Compiled;

namespace SoftrLite;

/// <summary>
/// A record with its values keyed by field ID, in table order. Empty fields are left out. Values are
/// .NET values: string, double, long, bool, <see cref="DateOnly"/>, <see cref="DateTimeOffset"/>, a
/// <see cref="SelectChoice"/> (a list of them for a multiple select), <see cref="LinkedRecord"/>s,
/// <see cref="Attachment"/>s, <see cref="Collaborator"/>s. Read them by field ID or by name, typed with
/// <see cref="Get{T}(string)"/>, or map the whole record onto a class with <see cref="ToObject{T}"/>.
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
    // A record the engine reads keeps its values in slots (one per field of its table, beside its Keys) and makes the
    // dictionary of Fields only when asked: reading a page of records allocates no dictionary per record.
    private readonly object?[]? _slots;
    private IReadOnlyDictionary<FieldId, object>? _fields = Fields;

    /// <summary>A record whose values are the slots of <paramref name="values"/> (shared, not copied).</summary>
    internal Record(RecordId id, TableId tableId, FieldValues values, DateTimeOffset createdAt, DateTimeOffset updatedAt)
        : this(id, tableId, null!, createdAt, updatedAt)
    {
        _slots = values.Slots;
        Keys = values.Keys;
    }

    /// <summary>Its non-empty values by field ID.</summary>
    public IReadOnlyDictionary<FieldId, object> Fields
    {
        get => _fields ??= new RecordFields(Keys!, _slots!);
        init
        {
            _fields = value;
            _slots = null;
        }
    }

    /// <summary>The table's fields as they were when the record was read, to resolve names; none for a record made by hand.</summary>
    internal FieldKeys? Keys { get; init; }

    /// <summary>The value of a field, or <see langword="null"/> when it is empty.</summary>
    public object? this[FieldId field] => TryValue(field, out var value) ? value : null;

    /// <summary>The value of a field named by ID or by exact name, or <see langword="null"/> when it is empty.</summary>
    /// <exception cref="SoftrException">
    /// <see cref="ErrorCode.UnknownField"/> when no field has that ID or name (the message suggests a name differing only in case);
    /// <see cref="ErrorCode.BadRequest"/> for a name several fields share.
    /// </exception>
    public object? this[string field] => TryValue(IdOf(field), out var value) ? value : null;

    /// <summary>
    /// The value of a field as <typeparamref name="T"/>, or the default when empty. Numbers convert when exact
    /// (<c>int</c>, <c>long</c>, <c>decimal</c> from a stored <c>double</c>); dates convert between
    /// <see cref="DateOnly"/>, <see cref="DateTime"/> (UTC for a DATETIME) and <see cref="DateTimeOffset"/>;
    /// a <see cref="SelectChoice"/> or <see cref="LinkedRecord"/> reads as <c>string</c> (its label); lists convert item by item.
    /// </summary>
    /// <exception cref="InvalidCastException">When the value cannot be converted exactly (e.g. 2.5 as <c>int</c>).</exception>
    public T? Get<T>(FieldId field) => TryValue(field, out var value) ? (T?)ValueConversion.To(value, typeof(T), field.Value) : default;

    /// <summary>The value of a field named by ID or by exact name, as <typeparamref name="T"/> (see <see cref="Get{T}(FieldId)"/>).</summary>
    /// <exception cref="SoftrException">As the string indexer, for a key that names no field.</exception>
    /// <exception cref="InvalidCastException">When the value cannot be converted exactly.</exception>
    public T? Get<T>(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return TryValue(IdOf(field), out var value) ? (T?)ValueConversion.To(value, typeof(T), field) : default;
    }

    /// <summary>
    /// Maps the record onto a new <typeparamref name="T"/>: each public settable property takes the field of its name
    /// (or the name of its <see cref="SoftrFieldAttribute"/>), converted as <see cref="Get{T}(string)"/> converts; a
    /// property named <c>Id</c> of type <see cref="RecordId"/> or <c>string</c> takes the record's ID when no field has
    /// that name. Properties without a field, and empty fields, keep their default.
    /// </summary>
    /// <exception cref="InvalidCastException">When a value cannot be converted exactly to its property's type.</exception>
    public T ToObject<T>()
        where T : new() => RecordMapping<T>.Read(this);

    /// <summary>
    /// Whether this record equals <paramref name="other"/>: the same ID, table and times, and the same values object (the
    /// same slots or the same dictionary), as records have always compared their <see cref="Fields"/>.
    /// </summary>
    public bool Equals(Record? other) =>
        other is not null && Id == other.Id && TableId == other.TableId && CreatedAt == other.CreatedAt && UpdatedAt == other.UpdatedAt
        && (_slots is not null ? ReferenceEquals(_slots, other._slots) : other._slots is null && ReferenceEquals(_fields, other._fields));

    /// <summary>A hash of the ID, table and times (see <see cref="Equals(Record)"/>).</summary>
    public override int GetHashCode() => HashCode.Combine(Id, TableId, CreatedAt, UpdatedAt);

    /// <summary>The value of a field by ID, from the slots when the record has them.</summary>
    internal bool TryValue(FieldId field, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out object? value)
    {
        if (_slots is not null)
        {
            value = Keys!.TrySlot(field, out var slot) ? _slots[slot] : null;
            return value is not null;
        }

        return Fields.TryGetValue(field, out value);
    }

    /// <summary>The field a key names, without throwing: by ID, or by a name only one field has.</summary>
    internal bool TryIdOf(string key, out FieldId id)
    {
        if (Keys is null)
        {
            id = new FieldId(key);
            return Fields.ContainsKey(id);
        }

        var found = Keys.TryFind(key, out var field);
        id = found ? field.Id : default;
        return found;
    }

    private FieldId IdOf(string key) => Keys is null ? new FieldId(key) : Keys.Field(key).Id;
}
