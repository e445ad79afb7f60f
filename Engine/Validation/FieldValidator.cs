using System.Text.Json;
using SoftrLite.Errors;
using SoftrLite.Records;
using SoftrLite.Compiled;

namespace SoftrLite;

/// <summary>
/// Validates and normalizes values of one field without an engine or a database: the stored form of a good value, or
/// the same <see cref="SoftrException"/> a record write would raise. Build it from a <see cref="Field"/> (as an engine
/// returns it), a <see cref="NewField"/> definition, or the API's field JSON. An instance keeps the choices a
/// SELECT with <c>allowToAddNewChoice</c> adds, so it is not thread-safe: use one per thread.
/// </summary>
public sealed class FieldValidator
{
    private readonly FieldModel _field;
    private readonly FieldValueContext _context;

    private FieldValidator(TableModel table, FieldValueContext context)
    {
        _field = table.Fields[0];
        _context = context;
    }

    /// <summary>The field the values are checked against (options normalized).</summary>
    public Field Field => _field.Field;

    /// <summary>A validator for a field as an engine returns it; its options are taken as they are.</summary>
    public static FieldValidator For(Field field, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        return Create(field, options ?? ValidationOptions.Default);
    }

    /// <summary>
    /// A validator for a field definition, checked as <see cref="FieldOperations.Add"/> would check it (name, type,
    /// options, default value). Types whose options name other tables (links, lookups, rollups, counts, formulas) need
    /// those tables: build them from a <see cref="Field"/> or the API's field JSON instead.
    /// </summary>
    /// <exception cref="SoftrException"><see cref="ErrorCode.BadRequest"/> for an invalid definition.</exception>
    public static FieldValidator For(NewField definition, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var settings = options ?? ValidationOptions.Default;
        return Create(StandaloneFields.Define(definition, settings, new Identity.IdGenerator(settings.IdSeed), []), settings);
    }

    /// <summary>
    /// A validator from the API's field JSON: a field as the API returns it (with an <c>id</c>: its options are taken as
    /// they are), or an add-field request body (<c>{"name","type","options",…}</c>, checked as a definition).
    /// </summary>
    /// <exception cref="SoftrException"><see cref="ErrorCode.BadRequest"/> for malformed JSON or an invalid definition.</exception>
    public static FieldValidator FromJson(string json, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var settings = options ?? ValidationOptions.Default;
        using var document = StandaloneFields.Parse(json);
        return Create(StandaloneFields.FromJson(document.RootElement, settings, new Identity.IdGenerator(settings.IdSeed), []), settings);
    }

    /// <summary>
    /// The stored form of a value written to the field: a string, number, bool, date, array or object as the C# API
    /// takes it, or a <see cref="JsonElement"/>. <c>null</c>, <c>""</c> and <c>[]</c> give <see cref="StoredValue.Empty"/>.
    /// LINKED_RECORD values are checked for shape only: no database holds the linked records.
    /// </summary>
    /// <exception cref="SoftrException">
    /// <see cref="ErrorCode.ValidationError"/> (with <c>fieldId</c>) for a bad value, a read-only field, or an empty value for a required field.
    /// </exception>
    public StoredValue Validate(object? value) => Validate(FieldInput.FromObject(value));

    /// <summary>The stored form of a JSON value written to the field, without boxing it (see <see cref="Validate(object?)"/>).</summary>
    /// <exception cref="SoftrException">As <see cref="Validate(object?)"/>.</exception>
    public StoredValue Validate(JsonElement value) => Validate(FieldInput.FromJson(value));

    /// <summary>The stored form of a written value (see <see cref="Validate(object?)"/>).</summary>
    /// <exception cref="SoftrException">As <see cref="Validate(object?)"/>.</exception>
    public StoredValue Validate(FieldInput value)
    {
        RecordRules.CheckWritable(_field);
        var stored = RecordRules.Normalize(_field, value, _context);
        return stored.IsEmpty && _field.Field.Required ? throw SoftrErrors.RequiredField(_field.Field.Name, _field.Id) : stored;
    }

    /// <summary>The value a record would show for a stored value (see <see cref="Record"/>).</summary>
    public object? Read(StoredValue stored) => stored.IsEmpty ? null : _field.Type.Decode(stored, _context);

    private static FieldValidator Create(Field field, ValidationOptions options)
    {
        var table = StandaloneFields.Table([field], options);
        return new FieldValidator(table, StandaloneFields.Codec(table, options).Context(table.Fields[0]));
    }
}
