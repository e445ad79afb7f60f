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

    /// <summary>Returns the type's name.</summary>
    public override string ToString() => Name;
}
