using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SoftrLite.Fields.Types;

/// <summary>
/// A SELECT field's parsed options: its choices, looked up by ID and by label (ignoring case), and whether new ones
/// may be added. Parsed once per compiled schema and shared, so it never changes: choices added during a write are
/// remembered by the write's <see cref="FieldValueContext"/>, so a new label that appears twice (in one value or in
/// several records of one call) is added once.
/// </summary>
internal sealed class SelectOptions
{
    public const string ChoicesKey = "choices";
    public const string AllowNewKey = "allowToAddNewChoice";
    public const int MaxLabelLength = 255;
    private const int LabelsInMessage = 10;
    private readonly Dictionary<string, SelectChoice> _choiceById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _idByLabel = new(StringComparer.OrdinalIgnoreCase);

    private SelectOptions(Field field)
    {
        var ids = new List<string>();
        var labels = new List<string>();
        if (field.Options.ValueKind == JsonValueKind.Object
            && field.Options.TryGetProperty(ChoicesKey, out var choices)
            && choices.ValueKind == JsonValueKind.Array)
        {
            foreach (var choice in choices.EnumerateArray())
            {
                if (Read(choice, "id") is { } id && Read(choice, "label") is { } label)
                {
                    _choiceById.TryAdd(id, new SelectChoice(id, label));
                    ids.Add(id);
                    _idByLabel.TryAdd(label, id);
                    labels.Add(label);
                }
            }
        }

        AllowsNewChoices = StoredOptions.Bool(field, AllowNewKey);
        Expected = Describe(labels, AllowsNewChoices);
        ChoiceIdsJson = JsonSerializer.Serialize(ids);
    }

    /// <summary>Whether an unknown label becomes a new choice (option <c>allowToAddNewChoice</c>).</summary>
    public bool AllowsNewChoices { get; }

    /// <summary>What a value must be, for messages.</summary>
    public string Expected { get; }

    /// <summary>The choice IDs in the field's order, as a JSON array (a SQL parameter for filters and sorts).</summary>
    public string ChoiceIdsJson { get; }

    public static SelectOptions From(Field field) => new(field);

    /// <summary>The choice ID a filter value names: a choice ID first, then a label ignoring case; <see langword="null"/> for none.</summary>
    public string? IdOf(string name)
    {
        if (_choiceById.ContainsKey(name))
        {
            return name;
        }

        return _idByLabel.GetValueOrDefault(name);
    }

    /// <summary>The choice ID a written string names: a choice ID first, then a label ignoring case and surrounding spaces.</summary>
    public string? Find(string text, FieldValueContext context)
    {
        if (_choiceById.ContainsKey(text) || context.AddedChoice(text) is not null)
        {
            return text;
        }

        return _idByLabel.TryGetValue(text, out var id) || _idByLabel.TryGetValue(text.Trim(), out id)
            ? id
            : context.AddedChoiceId(text.Trim());
    }

    /// <summary>The choice a stored ID names (one added in this call too), or <see langword="null"/> when the choice was removed.</summary>
    public SelectChoice? ChoiceOf(string id, FieldValueContext context) => _choiceById.GetValueOrDefault(id) ?? context.AddedChoice(id);

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
        if (Find(text, context) is { } id)
        {
            return id;
        }

        var label = text.Trim();
        if (!AllowsNewChoices || !context.CanAddChoice || label.Length is 0 or > MaxLabelLength || TextChecks.HasControlCharacter(label))
        {
            throw context.Invalid(Expected, item);
        }

        return context.AddChoice(label);
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
            return ChoiceOf(given.GetString(), context) is not null
                ? given.GetString()
                : throw context.Invalid(Expected + "; the object's id names no choice of the field", item);
        }

        return label is { } text
            ? Resolve(text, context)
            : throw context.Invalid(Expected + ", or an object {id, label} naming one", item);
    }

    /// <summary>The choice IDs of a SELECT field's stored options (JSON text), and how many choices there are.</summary>
    public static HashSet<string> StoredChoiceIds(string options, out int count)
    {
        var choices = JsonNode.Parse(options)?[ChoicesKey] as JsonArray ?? [];
        count = choices.Count;
        return choices.Select(choice => choice?["id"]?.GetValue<string>()).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Stored options (JSON text) with a choice appended (no colour).</summary>
    public static string WithChoice(string options, string id, string label)
    {
        var node = JsonNode.Parse(options)!.AsObject();
        var choices = node[ChoicesKey] as JsonArray ?? [];
        choices.Add(new JsonObject { ["id"] = id, ["label"] = label, ["color"] = null });
        node[ChoicesKey] = choices;
        return node.ToJsonString();
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
