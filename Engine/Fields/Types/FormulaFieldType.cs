using System.Text.Json;
using System.Text.Json.Nodes;
using SoftrLite.Computed;
using SoftrLite.Formula;

namespace SoftrLite.Fields.Types;

/// <summary>FORMULA: a value computed from other fields of the record, referenced as <c>{Field Name}</c>.</summary>
internal sealed class FormulaFieldType() : FieldType<FormulaOptions>(FieldTypeNames.Formula)
{
    public const int MaxLength = 10_000;
    private const string FormulaKey = FormulaOptions.FormulaKey;

    public override bool IsReadOnly => true;

    public override FieldStorage Storage => FieldStorage.Any;

    public override FormulaOptions ParseOptions(Field field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return FormulaOptions.From(field.Options);
    }

    /// <summary>A formula filters like the kind of value it yields.</summary>
    protected override ValueFamily FilterFamily(Field field, FormulaOptions options) => FormulaOptions.FamilyOf(options.ResultType);

    protected override FormulaResultType FormulaType(Field field, FormulaOptions options) => options.ResultType;

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
    {
        var reader = new OptionsReader(options, context, Name);
        var formula = reader.Text(FormulaKey, MaxLength);
        var raw = reader.Raw(FormulaKey);
        if (string.IsNullOrWhiteSpace(formula))
        {
            throw reader.Invalid(FormulaKey, $"a non-empty string of at most {MaxLength} characters", raw);
        }

        var fields = context.FindTable(context.TableId)?.Fields ?? [];
        CompiledFormula compiled;
        try
        {
            compiled = FormulaText.Compile(formula, fields, context.FieldTypes);
        }
        catch (FormulaSyntaxException error)
        {
            throw reader.Invalid(FormulaKey, $"a valid formula ({error.Message}, at position {error.Position})", raw);
        }

        if (context.CurrentField is { } current && compiled.ReferencedFieldIds.Contains(current.Id.Value))
        {
            throw reader.Invalid(FormulaKey, $"references to other fields; '{current.Name}' is this field itself", raw);
        }

        var ids = new JsonArray(compiled.ReferencedFieldIds.Select(id => (JsonNode)JsonValue.Create(id)!).ToArray());
        reader.Set(FormulaOptions.ResultTypeKey, ResultKinds.Name(compiled.ResultType));
        reader.Ignore(FormulaOptions.ReferencesKey);
        reader.Ignore(FormulaOptions.ResultTypeKey);
        reader.Set(FormulaOptions.ReferencesKey, ids);
        LinkedFields.IgnoreComputedKeys(reader);
        reader.Set(LinkedFields.IsValidKey, true);
        return reader.Build();
    }

    protected override StoredValue Normalize(FieldInput value, FormulaOptions options, FieldValueContext context) => throw ReadOnlyValues.Refuse(this);

    /// <summary>The formula's result, typed by its result type; an error reads as <see cref="FormulaError"/>.</summary>
    protected override object? Decode(StoredValue stored, FormulaOptions options, FieldValueContext context) => ComputedCodec.Decode(stored, options.ResultType);
}
