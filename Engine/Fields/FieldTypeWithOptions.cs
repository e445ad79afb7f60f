using System.Runtime.CompilerServices;
using SoftrLite.Fields;

namespace SoftrLite;

/// <summary>
/// A field type with typed options: <see cref="ParseOptions"/> reads a field's stored options once per compiled
/// schema, and value handling, filter family and formula type receive the result instead of parsing JSON again.
/// </summary>
/// <typeparam name="TOptions">The parsed options; immutable, since concurrent calls share them.</typeparam>
public abstract class FieldType<TOptions> : FieldType
    where TOptions : class
{
    /// <summary>Creates a type with its API name.</summary>
    /// <param name="name">The name, e.g. <c>NUMBER</c>; upper case letters, digits and underscores.</param>
    protected FieldType(string name)
        : base(name)
    {
    }

    /// <summary>
    /// Reads a field's stored options (already normalized by <see cref="FieldType.NormalizeOptions"/>) into
    /// <typeparamref name="TOptions"/>. Called once per field per schema revision; must not throw for options this
    /// type stored, and should tolerate missing keys (a field made before an option existed).
    /// </summary>
    public abstract TOptions ParseOptions(Field field);

    /// <inheritdoc/>
    public sealed override ValueFamily FilterFamily(Field field) => FilterFamily(field, ParseOptions(field));

    /// <inheritdoc/>
    public sealed override FormulaResultType FormulaType(Field field) => FormulaType(field, ParseOptions(field));

    /// <inheritdoc/>
    public sealed override StoredValue Normalize(FieldInput value, FieldValueContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Normalize(value, Options(context), context);
    }

    /// <inheritdoc/>
    public sealed override object? Decode(StoredValue stored, FieldValueContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Decode(stored, Options(context), context);
    }

    /// <summary>How a field with these options is filtered and sorted; the default follows <see cref="FieldType.Storage"/>.</summary>
    protected virtual ValueFamily FilterFamily(Field field, TOptions options) => base.FilterFamily(field);

    /// <summary>What a formula reading a field with these options sees; the default follows <see cref="FieldType.Storage"/>.</summary>
    protected virtual FormulaResultType FormulaType(Field field, TOptions options) => base.FormulaType(field);

    /// <summary>Validates a written value against the field's options; the default is <see cref="FieldType.Normalize"/>'s.</summary>
    /// <exception cref="SoftrException"><see cref="ErrorCode.ValidationError"/> (from <see cref="FieldValueContext.Invalid"/>) for a bad value.</exception>
    protected virtual StoredValue Normalize(FieldInput value, TOptions options, FieldValueContext context) => base.Normalize(value, context);

    /// <summary>Turns a stored value into the value a record shows; the default is <see cref="FieldType.Decode"/>'s.</summary>
    protected virtual object? Decode(StoredValue stored, TOptions options, FieldValueContext context) => base.Decode(stored, context);

    internal sealed override FieldTraits Compile(Field field)
    {
        var options = ParseOptions(field);
        return new FieldTraits(options, FilterFamily(field, options), FormulaType(field, options));
    }

    // Every value passes here: a reference check instead of a cast to the shared generic TOptions keeps it cheap.
    // Options parsed by this very type are a TOptions; a context made for another type parses afresh.
    private TOptions Options(FieldValueContext context) =>
        ReferenceEquals(context.OptionsParser, this) ? Unsafe.As<TOptions>(context.Options!) : ParseOptions(context.Field);
}
