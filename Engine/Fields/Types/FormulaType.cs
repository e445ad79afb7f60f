using System.Text.Json;
using System.Text.Json.Nodes;
using SoftrLite.Computed;
using SoftrLite.Computed.Formula;

namespace SoftrLite.Fields.Types;

/// <summary>FORMULA: a value computed from other fields of the record, referenced as <c>{Field Name}</c>.</summary>
internal sealed class FormulaType() : FieldType(FieldTypeNames.Formula)
{
    public const int MaxLength = 10_000;
    private const string FormulaKey = "formula";

    public override bool IsReadOnly => true;

    public override FieldStorage Storage => FieldStorage.Any;

    public override object? Prepare(Field field) =>
        field.Options.TryGetProperty("resultType", out var type) && type.ValueKind == JsonValueKind.String
            ? ResultKinds.Parse(type.GetString()!)
            : FormulaResultType.Unknown;

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
            compiled = FormulaProgram.CompileText(formula, fields);
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
        reader.Set("resultType", ResultKinds.Name(compiled.ResultType));
        reader.Ignore("referencedFieldIds");
        reader.Ignore("resultType");
        reader.Set("referencedFieldIds", ids);
        LinkedFields.IgnoreComputedKeys(reader);
        reader.Set("isValid", true);
        return reader.Build();
    }

    public override StoredValue Normalize(FieldInput value, FieldValueContext context) => throw ReadOnlyValues.Refuse(this);

    /// <summary>The formula's result, typed by its result type; an error reads as <see cref="FormulaError"/>.</summary>
    public override object? Decode(StoredValue stored, FieldValueContext context) => ComputedCodec.Decode(stored, (FormulaResultType)context.State!);
}
