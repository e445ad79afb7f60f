using System.Text;
using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>
/// A SELECT field's choices, looked up by ID and by label (ignoring case), prepared once per
/// <see cref="FieldValueContext"/>. Choices added during the write are remembered here too, so a new label that
/// appears twice (in one value or in several records of one call) is added once.
/// </summary>
internal sealed class SelectChoices
{
    public const int MaxLabelLength = 255;
    private const int LabelsInMessage = 10;
    private readonly Dictionary<string, SelectChoice> _choiceById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _idByLabel = new(StringComparer.OrdinalIgnoreCase);

    private SelectChoices(Field field)
    {
        var labels = new List<string>();
        if (field.Options.ValueKind == JsonValueKind.Object
            && field.Options.TryGetProperty("choices", out var choices)
            && choices.ValueKind == JsonValueKind.Array)
        {
            foreach (var choice in choices.EnumerateArray())
            {
                if (Read(choice, "id") is { } id && Read(choice, "label") is { } label)
                {
                    _choiceById.TryAdd(id, new SelectChoice(id, label));
                    _idByLabel.TryAdd(label, id);
                    labels.Add(label);
                }
            }
        }

        AllowsNewChoices = StoredOptions.Bool(field, "allowToAddNewChoice");
        Expected = Describe(labels, AllowsNewChoices);
    }

    /// <summary>Whether an unknown label becomes a new choice (option <c>allowToAddNewChoice</c>).</summary>
    public bool AllowsNewChoices { get; }

    /// <summary>What a value must be, for messages.</summary>
    public string Expected { get; }

    public static SelectChoices From(Field field) => new(field);

    /// <summary>The choice ID a written string names: a choice ID first, then a label ignoring case and surrounding spaces.</summary>
    public string? Find(string text)
    {
        if (_choiceById.ContainsKey(text))
        {
            return text;
        }

        return _idByLabel.TryGetValue(text, out var id) || _idByLabel.TryGetValue(text.Trim(), out id) ? id : null;
    }

    /// <summary>The choice a stored ID names, or <see langword="null"/> when the choice was removed.</summary>
    public SelectChoice? ChoiceOf(string id) => _choiceById.GetValueOrDefault(id);

    /// <summary>
    /// Resolves one written item to a choice ID, adding a choice when the field allows it. An item is a choice ID or
    /// label, or an object as a record reads it: <c>{"id"}</c> names an existing choice (and wins over a
    /// <c>label</c> beside it), <c>{"label"}</c> is read as the label; <c>color</c> is allowed and ignored, so a choice
    /// copied from the field's options can be written back.
    /// </summary>
    public string Resolve(FieldInput item, FieldValueContext context)
    {
        if (item.Kind == FieldInputKind.Object)
        {
            return ResolveObject(item, context);
        }

        if (item.Kind != FieldInputKind.String)
        {
            throw context.Invalid(Expected, item);
        }

        var text = item.GetString();
        if (Find(text) is { } id)
        {
            return id;
        }

        var label = text.Trim();
        if (!AllowsNewChoices || !context.CanAddChoice || label.Length is 0 or > MaxLabelLength || TextChecks.HasControlCharacter(label))
        {
            throw context.Invalid(Expected, item);
        }

        var added = context.AddChoice(label);
        _choiceById[added] = new SelectChoice(added, label);
        _idByLabel[label] = added;
        return added;
    }

    private string ResolveObject(FieldInput item, FieldValueContext context)
    {
        FieldInput? id = null;
        FieldInput? label = null;
        foreach (var name in item.PropertyNames())
        {
            item.TryGetProperty(name, out var value);
            switch (name)
            {
                case "id" when value.Kind == FieldInputKind.String:
                    id = value;
                    break;
                case "label" when value.Kind == FieldInputKind.String:
                    label = value;
                    break;
                case "color":
                    break;
                default:
                    throw context.Invalid(Expected + ", or an object {id, label} naming one", item);
            }
        }

        if (id is { } given)
        {
            return _choiceById.ContainsKey(given.GetString())
                ? given.GetString()
                : throw context.Invalid(Expected + "; the object's id names no choice of the field", item);
        }

        return label is { } text
            ? Resolve(text, context)
            : throw context.Invalid(Expected + ", or an object {id, label} naming one", item);
    }

    private static string Describe(List<string> labels, bool allowsNew)
    {
        if (labels.Count == 0)
        {
            return allowsNew
                ? $"a new choice label of at most {MaxLabelLength} characters (the field has no choices yet)"
                : "one of the field's choices, but it has none";
        }

        var text = new StringBuilder("one of the choices ");
        for (var i = 0; i < labels.Count && i < LabelsInMessage; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(labels[i]);
        }

        if (labels.Count > LabelsInMessage)
        {
            text.Append(", … (").Append(labels.Count - LabelsInMessage).Append(" more)");
        }

        text.Append(" (by label or ID)");
        if (allowsNew)
        {
            text.Append(", or a new label of at most ").Append(MaxLabelLength).Append(" characters");
        }

        return text.ToString();
    }

    private static string? Read(JsonElement choice, string key) =>
        choice.ValueKind == JsonValueKind.Object && choice.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
