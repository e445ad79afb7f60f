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
    private readonly Dictionary<string, string> _labelById = new(StringComparer.Ordinal);
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
                    _labelById.TryAdd(id, label);
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
        if (_labelById.ContainsKey(text))
        {
            return text;
        }

        return _idByLabel.TryGetValue(text, out var id) || _idByLabel.TryGetValue(text.Trim(), out id) ? id : null;
    }

    /// <summary>The label of a stored choice ID, or <see langword="null"/> when the choice was removed.</summary>
    public string? LabelOf(string id) => _labelById.GetValueOrDefault(id);

    /// <summary>Resolves one written string to a choice ID, adding a choice when the field allows it.</summary>
    public string Resolve(FieldInput item, FieldValueContext context)
    {
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
        _labelById[added] = label;
        _idByLabel[label] = added;
        return added;
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
