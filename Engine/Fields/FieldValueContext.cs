using SoftrLite.Errors;
using SoftrLite.Fields.Types;

namespace SoftrLite;

/// <summary>
/// What a <see cref="FieldType"/> may see while it validates, stores and reads values of one field.
/// Made once per field per call, so that per-value work does not allocate.
/// </summary>
public sealed class FieldValueContext
{
    private readonly Func<string, string>? _addChoice;
    private CollaboratorIndex? _collaboratorIndex;
    private Dictionary<string, SelectChoice>? _addedChoices;

    /// <summary>A context for a field whose options have not been compiled: the type parses them now.</summary>
    internal FieldValueContext(
        Field field,
        FieldType type,
        TimeZoneInfo defaultTimeZone,
        IReadOnlyList<Collaborator> collaborators,
        Func<string, string>? addChoice = null)
        : this(field, type, type.Compile(field).Options, defaultTimeZone, collaborators, addChoice)
    {
    }

    /// <summary>A context for a compiled field: <paramref name="options"/> are what <paramref name="type"/> parsed of its options (see <see cref="FieldType{TOptions}"/>).</summary>
    internal FieldValueContext(
        Field field,
        FieldType type,
        object? options,
        TimeZoneInfo defaultTimeZone,
        IReadOnlyList<Collaborator> collaborators,
        Func<string, string>? addChoice = null)
    {
        Field = field;
        OptionsParser = type;
        Options = options;
        DefaultTimeZone = defaultTimeZone;
        Collaborators = collaborators;
        _addChoice = addChoice;
    }

    /// <summary>The field whose values are handled.</summary>
    public Field Field { get; }

    /// <summary>The engine's time zone, for date-times written without an offset.</summary>
    public TimeZoneInfo DefaultTimeZone { get; }

    /// <summary>The collaborators of the database's workspace, for USER fields.</summary>
    public IReadOnlyList<Collaborator> Collaborators { get; }

    /// <summary>The field's options as its type parsed them, once per compiled schema (<see langword="null"/> for a type without options).</summary>
    internal object? Options { get; }

    /// <summary>The type whose <see cref="FieldType{TOptions}.ParseOptions"/> made <see cref="Options"/>.</summary>
    internal FieldType OptionsParser { get; }

    /// <summary>The collaborators by ID and e-mail, built on first use and kept for the context's life.</summary>
    internal CollaboratorIndex CollaboratorIndex => _collaboratorIndex ??= new CollaboratorIndex();

    /// <summary>Whether <see cref="AddChoice"/> may be called (a SELECT write within a record transaction).</summary>
    internal bool CanAddChoice => _addChoice is not null;

    /// <summary>
    /// Adds a choice to a SELECT field inside the current write and returns its new ID; the choice is remembered by
    /// this context (the compiled options are shared and do not change), so later values of the call find it.
    /// </summary>
    internal string AddChoice(string label)
    {
        var id = _addChoice is { } add ? add(label) : throw new InvalidOperationException("Choices can only be added while a record is written.");
        (_addedChoices ??= new Dictionary<string, SelectChoice>(StringComparer.Ordinal))[id] = new SelectChoice(id, label);
        return id;
    }

    /// <summary>A choice added by <see cref="AddChoice"/> in this call, by ID.</summary>
    internal SelectChoice? AddedChoice(string id) => _addedChoices?.GetValueOrDefault(id);

    /// <summary>The ID of a choice added by <see cref="AddChoice"/> in this call, by label ignoring case.</summary>
    internal string? AddedChoiceId(string label)
    {
        if (_addedChoices is null)
        {
            return null;
        }

        foreach (var choice in _addedChoices.Values)
        {
            if (string.Equals(choice.Label, label, StringComparison.OrdinalIgnoreCase))
            {
                return choice.Id;
            }
        }

        return null;
    }

    /// <summary>
    /// Builds the VALIDATION_ERROR for a bad value, e.g. "Field 'Age' (f3Xk9) expects a number; got the string \"thirty\".",
    /// with <c>fieldId</c> in its details.
    /// </summary>
    public SoftrException Invalid(string expected, FieldInput given) => SoftrErrors.InvalidValue(Field.Name, Field.Id, expected, given.Describe());
}
