using System.Text.Json;
using System.Text.Json.Nodes;

namespace SoftrLite.Fields.Types;

/// <summary>SELECT: one choice ID, or a JSON array of them when multiple, from the field's <c>choices</c>.</summary>
internal sealed class SelectType() : FieldType(FieldTypeNames.Select)
{
    private const string ChoicesKey = "choices";
    private const int MaxLabelLength = 255;
    private const int MaxIdLength = 20;
    private const string ChoiceShape = "an array of {id, label, color} objects";
    private static readonly string[] Sortings = ["CUSTOM", "ALPHA_ASC", "ALPHA_DESC"];

    public override bool SupportsMultipleEntries => true;

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
    {
        var reader = new OptionsReader(options, context, Name);
        reader.Set(ChoicesKey, ReadChoices(reader, context));
        reader.Bool("allowToAddNewChoice", false);
        reader.Enum("sorting", Sortings, "CUSTOM");
        reader.Bool("enforceOrder", false);
        return reader.Build();
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
