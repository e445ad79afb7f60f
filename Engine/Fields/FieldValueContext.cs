using SoftrLite.Errors;

namespace SoftrLite;

/// <summary>
/// What a <see cref="FieldType"/> may see while it validates, stores and reads values of one field.
/// Made once per field per call, so that per-value work does not allocate.
/// </summary>
public sealed class FieldValueContext
{
    private readonly Func<string, string>? _addChoice;

    internal FieldValueContext(
        Field field,
        FieldType type,
        TimeZoneInfo defaultTimeZone,
        IReadOnlyList<Collaborator> collaborators,
        Func<string, string>? addChoice = null)
    {
        Field = field;
        DefaultTimeZone = defaultTimeZone;
        Collaborators = collaborators;
        _addChoice = addChoice;
        State = type.Prepare(field);
    }

    /// <summary>The field whose values are handled.</summary>
    public Field Field { get; }

    /// <summary>The engine's time zone, for date-times written without an offset.</summary>
    public TimeZoneInfo DefaultTimeZone { get; }

    /// <summary>Whatever <see cref="FieldType.Prepare"/> computed once for the field (e.g. a choice lookup).</summary>
    public object? State { get; }

    /// <summary>The collaborators of the database's workspace, for USER fields.</summary>
    public IReadOnlyList<Collaborator> Collaborators { get; }

    /// <summary>Whether <see cref="AddChoice"/> may be called (a SELECT write within a record transaction).</summary>
    internal bool CanAddChoice => _addChoice is not null;

    /// <summary>Adds a choice to a SELECT field inside the current write and returns its new ID.</summary>
    internal string AddChoice(string label) =>
        _addChoice is { } add ? add(label) : throw new InvalidOperationException("Choices can only be added while a record is written.");

    /// <summary>
    /// Builds the VALIDATION_ERROR for a bad value, e.g. "Field 'Age' (f3Xk9) expects a number; got the string \"thirty\".",
    /// with <c>fieldId</c> in its details.
    /// </summary>
    public SoftrException Invalid(string expected, FieldInput given) => SoftrErrors.InvalidValue(Field, expected, given.Describe());
}
