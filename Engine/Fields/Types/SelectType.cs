using System.Text.Json;
using System.Text.Json.Nodes;

namespace SoftrLite.Fields.Types;

/// <summary>
/// SELECT: written as a choice ID or label (ignoring case), or an object with <c>id</c> and/or <c>label</c>, one or an
/// array; kept as the choice ID, or a JSON array of IDs when multiple (duplicates dropped, first order kept); read as a
/// <see cref="SelectChoice"/>, or a list of them, for the choices that still exist.
/// </summary>
internal sealed class SelectType() : FieldType<SelectOptions>(FieldTypeNames.Select)
{
    private const string ChoicesKey = SelectOptions.ChoicesKey;
    private const int MaxLabelLength = SelectOptions.MaxLabelLength;
    private const int MaxIdLength = 20;
    private const string ChoiceShape = "an array of {id, label, color} objects";
    private static readonly string[] Sortings = ["CUSTOM", "ALPHA_ASC", "ALPHA_DESC"];

    public override bool SupportsMultipleEntries => true;

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
    {
        var reader = new OptionsReader(options, context, Name);
        reader.Set(ChoicesKey, ReadChoices(reader, context));
        reader.Bool(SelectOptions.AllowNewKey, false);
        reader.Enum("sorting", Sortings, "CUSTOM");
        reader.Bool("enforceOrder", false);
        return reader.Build();
    }

    public override SelectOptions ParseOptions(Field field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return SelectOptions.From(field);
    }

    protected override ValueFamily FilterFamily(Field field, SelectOptions options) =>
        field.AllowMultipleEntries ? ValueFamily.MultiSelect : ValueFamily.Select;

    protected override FormulaResultType FormulaType(Field field, SelectOptions options) =>
        field.AllowMultipleEntries ? FormulaResultType.Array : FormulaResultType.Text;

    protected override StoredValue Normalize(FieldInput value, SelectOptions choices, FieldValueContext context)
    {
        if (!context.Field.AllowMultipleEntries)
        {
            return SingleItem(value, choices, context) is { } item
                ? StoredValue.FromText(choices.Resolve(item, context))
                : StoredValue.Empty;
        }

        if (value.Kind != FieldInputKind.Array)
        {
            return StoredValue.FromText(JsonStrings.Write([choices.Resolve(value, context)]));
        }

        var ids = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            var id = choices.Resolve(item, context);
            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        return ids.Count > 0 ? StoredValue.FromText(JsonStrings.Write(ids)) : StoredValue.Empty;
    }

    protected override object? Decode(StoredValue stored, SelectOptions choices, FieldValueContext context)
    {
        var text = stored.Text!;
        if (!context.Field.AllowMultipleEntries && !JsonStrings.IsArray(text))
        {
            return choices.ChoiceOf(text, context);
        }

        var chosen = new List<SelectChoice>();
        foreach (var id in JsonStrings.Read(text))
        {
            if (choices.ChoiceOf(id, context) is { } choice)
            {
                chosen.Add(choice);
            }
        }

        // A field switched from multiple to single still holds arrays: it shows their first remaining choice.
        if (!context.Field.AllowMultipleEntries)
        {
            return chosen.Count > 0 ? chosen[0] : null;
        }

        return chosen.Count > 0 ? chosen : null;
    }

    /// <summary>
    /// A single select takes a string, or an array holding exactly one (checked before any choice is added);
    /// <see langword="null"/> for an empty array, which clears the field.
    /// </summary>
    private static FieldInput? SingleItem(FieldInput value, SelectOptions choices, FieldValueContext context)
    {
        if (value.Kind != FieldInputKind.Array)
        {
            return value;
        }

        FieldInput? only = null;
        foreach (var item in value.EnumerateArray())
        {
            if (only is not null)
            {
                throw context.Invalid("a single choice: " + choices.Expected, value);
            }

            only = item;
        }

        return only;
    }

    private static JsonArray ReadChoices(OptionsReader reader, FieldOptionsContext context)
    {
        var raw = reader.Raw(ChoicesKey);
        if (raw is not { } list)
        {
            return [];
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            throw reader.Invalid(ChoicesKey, ChoiceShape, raw);
        }

        var limit = context.Quotas.ChoicesPerSelect;
        if (list.GetArrayLength() > limit)
        {
            throw context.QuotaExceeded("choices per select field", limit);
        }

        var labels = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var choices = list.EnumerateArray().Select(c => ReadChoice(reader, c, labels)).ToList();
        var ids = AssignIds(choices, ExistingIds(context.CurrentField), context);
        var result = new JsonArray();
        for (var i = 0; i < choices.Count; i++)
        {
            result.Add(new JsonObject { ["id"] = ids[i], ["label"] = choices[i].Label, ["color"] = choices[i].Color });
        }

        return result;
    }

    private static Choice ReadChoice(OptionsReader reader, JsonElement choice, HashSet<string> labels)
    {
        if (choice.ValueKind != JsonValueKind.Object)
        {
            throw reader.Invalid(ChoicesKey, ChoiceShape, choice);
        }

        foreach (var property in choice.EnumerateObject())
        {
            if (property.Name is not ("id" or "label" or "color"))
            {
                throw reader.Invalid(ChoicesKey, $"choices with only id, label and color; got the key '{property.Name}'", choice);
            }
        }

        var id = OptionalString(reader, choice, "id");
        var color = OptionalString(reader, choice, "color");
        var label = choice.TryGetProperty("label", out var l) && l.ValueKind == JsonValueKind.String
            ? l.GetString()!.Trim()
            : string.Empty;
        if (label.Length is 0 or > MaxLabelLength)
        {
            var given = choice.TryGetProperty("label", out var g) ? g : (JsonElement?)null;
            throw reader.Invalid(ChoicesKey, $"choice labels that are non-empty strings of at most {MaxLabelLength} characters", given);
        }

        if (!labels.Add(label))
        {
            throw reader.Invalid(ChoicesKey, $"choice labels unique ignoring case; '{label}' appears twice", l);
        }

        return new Choice(id, label, color);
    }

    private static string? OptionalString(OptionsReader reader, JsonElement choice, string key)
    {
        if (!choice.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw reader.Invalid(ChoicesKey, $"a choice {key} that is a string or null", value);
        }

        return value.GetString();
    }

    /// <summary>
    /// Keeps IDs of existing choices first, then other well-formed given IDs, then draws new ones, so that a
    /// drawn ID never takes an ID a later choice asked for.
    /// </summary>
    private static string[] AssignIds(List<Choice> choices, HashSet<string> existing, FieldOptionsContext context)
    {
        var ids = new string?[choices.Count];
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < choices.Count; i++)
        {
            if (choices[i].GivenId is { } id && existing.Contains(id) && used.Add(id))
            {
                ids[i] = id;
            }
        }

        for (var i = 0; i < choices.Count; i++)
        {
            if (ids[i] is null && choices[i].GivenId is { } id && IsWellFormedId(id) && used.Add(id))
            {
                ids[i] = id;
            }
        }

        for (var i = 0; i < choices.Count; i++)
        {
            while (ids[i] is null)
            {
                var id = context.NewShortId();
                if (used.Add(id))
                {
                    ids[i] = id;
                }
            }
        }

        return ids!;
    }

    private static HashSet<string> ExistingIds(Field? current)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (current is { Options.ValueKind: JsonValueKind.Object }
            && current.Options.TryGetProperty(ChoicesKey, out var list)
            && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var choice in list.EnumerateArray())
            {
                if (OptionsReader.StoredString(choice, "id") is { } id)
                {
                    ids.Add(id);
                }
            }
        }

        return ids;
    }

    private static bool IsWellFormedId(string id) => id.Length is >= 1 and <= MaxIdLength && id.All(char.IsAsciiLetterOrDigit);

    private readonly record struct Choice(string? GivenId, string Label, string? Color);
}
