using System.Text.Json;
using System.Text.Json.Nodes;

namespace SoftrLite.Fields.Types;

/// <summary>A FORMULA field's parsed options: its text, what it yields, the fields it reads, and whether it still compiles.</summary>
internal sealed class FormulaOptions
{
    public const string FormulaKey = "formula";
    public const string ResultTypeKey = "resultType";
    public const string ReferencesKey = "referencedFieldIds";

    private FormulaOptions(string? formula, FormulaResultType resultType, IReadOnlyList<string> references, bool isValid)
    {
        Formula = formula;
        ResultType = resultType;
        ReferencedFieldIds = references;
        IsValid = isValid;
    }

    /// <summary>The formula's text as stored (fields by name), or <see langword="null"/>.</summary>
    public string? Formula { get; }

    /// <summary>What the formula yields, as compiled when it was stored.</summary>
    public FormulaResultType ResultType { get; }

    /// <summary>The IDs of the fields the formula reads.</summary>
    public IReadOnlyList<string> ReferencedFieldIds { get; }

    /// <summary>Whether the formula still compiles (the engine marks it invalid when a field it reads goes).</summary>
    public bool IsValid { get; }

    public static FormulaOptions From(JsonElement options)
    {
        var references = new List<string>();
        if (options.ValueKind == JsonValueKind.Object
            && options.TryGetProperty(ReferencesKey, out var ids) && ids.ValueKind == JsonValueKind.Array)
        {
            foreach (var id in ids.EnumerateArray())
            {
                if (id.ValueKind == JsonValueKind.String)
                {
                    references.Add(id.GetString()!);
                }
            }
        }

        return new FormulaOptions(
            OptionsReader.StoredString(options, FormulaKey),
            ResultKinds.Parse(OptionsReader.StoredString(options, ResultTypeKey) ?? string.Empty),
            references,
            LinkedFields.IsValid(options));
    }

    /// <summary>The formula text of stored options (JSON text), for a field known only by its row.</summary>
    public static string? FormulaOf(string options) => OptionsReader.StoredString(JsonElement.Parse(options), FormulaKey);

    /// <summary>Stored options (JSON text) with the formula text replaced; <see langword="null"/> when it is already that text.</summary>
    public static string? WithFormula(string options, string formula)
    {
        var node = JsonNode.Parse(options)!.AsObject();
        if (node[FormulaKey]?.GetValue<string>() == formula)
        {
            return null;
        }

        node[FormulaKey] = formula;
        return node.ToJsonString();
    }

    /// <summary>The family a computed value filters by: the family of the kind of value it yields.</summary>
    public static ValueFamily FamilyOf(FormulaResultType type) => type switch
    {
        FormulaResultType.Number => ValueFamily.Number,
        FormulaResultType.Text => ValueFamily.Text,
        FormulaResultType.Boolean => ValueFamily.Boolean,
        FormulaResultType.Date => ValueFamily.Date,
        FormulaResultType.Instant => ValueFamily.DateTime,
        FormulaResultType.Array => ValueFamily.ValueList,
        _ => ValueFamily.Text,
    };
}
