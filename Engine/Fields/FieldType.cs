using System.Text.Json;

namespace SoftrLite;

/// <summary>
/// A field type: its name, how its values are stored and how its options are validated. The built-in
/// types are in <see cref="FieldTypeRegistry.BuiltIn"/>; derive from this class to register your own.
/// </summary>
public abstract class FieldType
{
    /// <summary>Creates a type with its API name.</summary>
    /// <param name="name">The name, e.g. <c>NUMBER</c>; upper case letters, digits and underscores.</param>
    protected FieldType(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>The type's name as the API spells it.</summary>
    public string Name { get; }

    /// <summary>Whether the engine computes or fills the values (clients may not write them).</summary>
    public virtual bool IsReadOnly => false;

    /// <summary>How values are kept in the table's row.</summary>
    public virtual FieldStorage Storage => FieldStorage.Text;

    /// <summary>Whether a field of this type may hold several values.</summary>
    public virtual bool SupportsMultipleEntries => false;

    /// <summary>The multiple-entries setting of a new field that does not say.</summary>
    public virtual bool DefaultAllowMultipleEntries => false;

    /// <summary>
    /// Validates a field's options and returns them normalized (defaults filled, IDs assigned).
    /// On an update, <paramref name="options"/> holds the current options with the changed keys laid over them.
    /// </summary>
    /// <param name="options">A JSON object; an empty object when none were given.</param>
    /// <param name="context">The field, its table and database, and helpers for errors and IDs.</param>
    /// <returns>The options to store, as a JSON object.</returns>
    /// <exception cref="SoftrException">
    /// <see cref="ErrorCode.BadRequest"/> naming the option when one is invalid;
    /// <see cref="ErrorCode.QuotaExceeded"/> when a list option is too long.
    /// </exception>
    public abstract JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context);

    /// <summary>
    /// Computes, once per field per call, whatever value handling needs (e.g. a lookup of select choices);
    /// it is handed back as <see cref="FieldValueContext.State"/>.
    /// </summary>
    public virtual object? Prepare(Field field) => null;

    /// <summary>
    /// Validates a written value and returns it in its stored form. Only called for non-empty values
    /// (null, "" and [] clear a field before this is reached) and never for read-only types.
    /// The default accepts a string of at most 100,000 characters, stored as text.
    /// </summary>
    /// <exception cref="SoftrException"><see cref="ErrorCode.ValidationError"/> (from <see cref="FieldValueContext.Invalid"/>) for a bad value.</exception>
    public virtual StoredValue Normalize(FieldInput value, FieldValueContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        const int maxLength = 100_000;
        if (value.Kind != FieldInputKind.String || value.GetString().Length > maxLength || value.GetString().Contains('\0', StringComparison.Ordinal))
        {
            throw context.Invalid($"a string of at most {maxLength} characters, without U+0000", value);
        }

        return StoredValue.FromText(value.GetString());
    }

    /// <summary>
    /// Turns a stored value into the value a record shows: a string, double, long, bool, <see cref="DateOnly"/>,
    /// <see cref="DateTimeOffset"/>, a list of strings, <see cref="Attachment"/>s, <see cref="Collaborator"/>s, ….
    /// Only called for non-empty values; returning <see langword="null"/> leaves the field out of the record.
    /// </summary>
    public virtual object? Decode(StoredValue stored, FieldValueContext context) => stored.Text;

    /// <summary>Returns the type's name.</summary>
    public override string ToString() => Name;
}
