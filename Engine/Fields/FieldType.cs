using System.Text.Json;
using SoftrLite.Fields;

namespace SoftrLite;

/// <summary>
/// A field type and all of its semantics: its name, how its values are stored (or which system column they come
/// from), how its options and values are validated, which filter family and formula type its fields have. The
/// built-in types are in <see cref="FieldTypeRegistry.BuiltIn"/>; derive from this class (or from
/// <see cref="FieldType{TOptions}"/>, for a type with options) to register your own.
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

    /// <summary>
    /// The system column the values are read from (the record's ID, created and updated times and users, the
    /// autonumber); <see cref="SystemColumn.None"/> for a type with a column of its own.
    /// </summary>
    public virtual SystemColumn SystemColumn => SystemColumn.None;

    /// <summary>Whether a field of this type may hold several values.</summary>
    public virtual bool SupportsMultipleEntries => false;

    /// <summary>The multiple-entries setting of a new field that does not say.</summary>
    public virtual bool DefaultAllowMultipleEntries => false;

    /// <summary>
    /// Validates a field's options and returns them normalized (defaults filled, IDs assigned).
    /// On an update, <paramref name="options"/> holds the current options with the changed keys laid over them.
    /// </summary>
    /// <param name="options">A JSON object; an empty object when none were given.</param>
    /// <param name="context">The field, its table and database, and helpers for errors.</param>
    /// <returns>The options to store, as a JSON object.</returns>
    /// <exception cref="SoftrException">
    /// <see cref="ErrorCode.BadRequest"/> naming the option when one is invalid;
    /// <see cref="ErrorCode.QuotaExceeded"/> when a list option is too long.
    /// </exception>
    public abstract JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context);

    /// <summary>
    /// How a field of this type is filtered and sorted. The default follows <see cref="Storage"/>: text compares as
    /// <see cref="ValueFamily.Text"/>, integers and reals as <see cref="ValueFamily.Number"/>; anything else is not filtered.
    /// </summary>
    /// <param name="field">The field, with its stored options and multiple-entries setting.</param>
    public virtual ValueFamily FilterFamily(Field field) => Storage switch
    {
        FieldStorage.Text => ValueFamily.Text,
        FieldStorage.Real or FieldStorage.Integer => ValueFamily.Number,
        _ => ValueFamily.Unsupported,
    };

    /// <summary>
    /// What a formula reading a field of this type sees. The default follows <see cref="Storage"/>: integers and reals
    /// are numbers, everything else text.
    /// </summary>
    /// <param name="field">The field, with its stored options and multiple-entries setting.</param>
    public virtual FormulaResultType FormulaType(Field field) =>
        Storage is FieldStorage.Real or FieldStorage.Integer ? FormulaResultType.Number : FormulaResultType.Text;

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

    /// <summary>
    /// Compiles a field of this type once per schema revision: its parsed options, filter family and formula type,
    /// kept in the compiled field model so that per-value work reads them without parsing.
    /// </summary>
    internal virtual FieldTraits Compile(Field field) => new(null, FilterFamily(field), FormulaType(field));
}
