using System.Text.Json;
using System.Text.Json.Nodes;

namespace SoftrLite.Fields.Types;

/// <summary>FORMULA: a value computed from other fields of the record, referenced as <c>{Field Name}</c>.</summary>
internal sealed class FormulaType() : FieldType(FieldTypeNames.Formula)
{
    public const int MaxLength = 10_000;
    private const string FormulaKey = "formula";

    public override bool IsReadOnly => true;

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
    {
        var reader = new OptionsReader(options, context, Name);
        var formula = reader.Text(FormulaKey, MaxLength);
        var raw = reader.Raw(FormulaKey);
        if (string.IsNullOrWhiteSpace(formula))
        {
            throw reader.Invalid(FormulaKey, $"a non-empty string of at most {MaxLength} characters", raw);
        }

        var names = ReferencedNames(formula)
            ?? throw reader.Invalid(FormulaKey, "field references closed by '}'", raw);
        var fields = context.FindTable(context.TableId)?.Fields ?? [];
        var ids = new JsonArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var field = fields.FirstOrDefault(f => f.Name == name)
                ?? throw reader.Invalid(FormulaKey, $"references to existing fields; no field is named '{name}'", raw);
            if (field.Id == context.CurrentField?.Id)
            {
                throw reader.Invalid(FormulaKey, $"references to other fields; '{name}' is this field itself", raw);
            }

            if (seen.Add(field.Id.Value))
            {
                ids.Add(field.Id.Value);
            }
        }

        reader.Ignore("referencedFieldIds");
        reader.Set("referencedFieldIds", ids);
        LinkedFields.IgnoreComputedKeys(reader);
        reader.Set("isValid", true);
        return reader.Build();
    }

    public override StoredValue Normalize(FieldInput value, FieldValueContext context) => throw ReadOnlyValues.Refuse(this);

    /// <summary>Computed values are not stored yet; the field is left out of records.</summary>
    public override object? Decode(StoredValue stored, FieldValueContext context) => null;

    /// <summary>The names between braces, in order, skipping text literals; <see langword="null"/> when a brace is left open.</summary>
    private static List<string>? ReferencedNames(string formula)
    {
        var names = new List<string>();
        var i = 0;
        while (i < formula.Length)
        {
            var c = formula[i];
            if (c is '"' or '\'')
            {
                i = AfterLiteral(formula, i);
            }
            else if (c == '{')
            {
                var close = formula.IndexOf('}', i + 1);
                if (close < 0)
                {
                    return null;
                }

                names.Add(formula[(i + 1)..close]);
                i = close + 1;
            }
            else
            {
                i++;
            }
        }

        return names;
    }

    /// <summary>The index after the text literal opening at <paramref name="start"/>; a backslash escapes the next character.</summary>
    private static int AfterLiteral(string formula, int start)
    {
        var quote = formula[start];
        var i = start + 1;
        while (i < formula.Length && formula[i] != quote)
        {
            i += formula[i] == '\\' ? 2 : 1;
        }

        return i + 1;
    }
}
