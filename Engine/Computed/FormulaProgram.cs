using System.Text.Json;
using SoftrLite.Compiled;
using SoftrLite.Fields.Types;
using SoftrLite.Fields;
using SoftrLite.Formula;
using SoftrLite.Records;

namespace SoftrLite.Computed;

/// <summary>Binds a compiled formula to a table: field values in as formula values, the result out as a record value.</summary>
internal sealed class FormulaProgram : IFormulaProgram
{
    private readonly CompiledFormula _compiled;

    private FormulaProgram(CompiledFormula compiled)
    {
        _compiled = compiled;
        References = compiled.ReferencedFieldIds.Select(id => new FieldId(id)).ToArray();
    }

    public IReadOnlyList<FieldId> References { get; }

    public bool IsVolatile => _compiled.IsVolatile;

    public bool ReadsLastModifiedTime => _compiled.ReadsLastModifiedTime;

    /// <summary>Compiles a FORMULA field's text against its table; <see langword="null"/> when it no longer compiles.</summary>
    public static IFormulaProgram? Compile(FieldModel field, TableModel table)
    {
        if (field.Options is not FormulaOptions { Formula: { } text })
        {
            return null;
        }

        try
        {
            return new FormulaProgram(FormulaCompiler.Compile(text, new ModelFormulaFields(table)));
        }
        catch (FormulaSyntaxException)
        {
            return null;
        }
    }

    public object? Evaluate(IReadOnlyDictionary<FieldId, object> values, Record record, ComputeEnvironment environment) =>
        ToRecordValue(_compiled.Evaluate(new RecordValues(values, record), new FormulaEnvironment(environment.Now, environment.TimeZone, environment.Random)));

    private static object? ToRecordValue(FormulaValue value) => value.Kind switch
    {
        FormulaValueKind.Number => value.Number,
        FormulaValueKind.Text => value.Text.Length == 0 ? null : value.Text,
        FormulaValueKind.Boolean => value.Boolean,
        FormulaValueKind.Date => value.Date,
        FormulaValueKind.Instant => value.Instant,
        FormulaValueKind.Array => value.Items.Count == 0 ? null : value.Items.Select(ToRecordValue).ToArray(),
        FormulaValueKind.Error => new FormulaError(value.ErrorCode),
        _ => null,
    };

    private static FormulaValue ToFormulaValue(object? value) => value switch
    {
        null => FormulaValue.Blank,
        string s => FormulaValue.FromText(s),
        double d => FormulaValue.FromNumber(d),
        long l => FormulaValue.FromNumber(l),
        bool b => FormulaValue.FromBoolean(b),
        DateOnly d => FormulaValue.FromDate(d),
        DateTimeOffset o => FormulaValue.FromInstant(o),
        FormulaError e => FormulaValue.Error(e.Code),
        System.Collections.IEnumerable items => FormulaValue.FromArray(items.Cast<object?>().Select(Item).ToArray()),
        _ => FormulaValue.FromText(ValueText.Of(value)),
    };

    private static FormulaValue Item(object? item) => item switch
    {
        LinkedRecord or Attachment or Collaborator or SelectChoice or JsonElement => FormulaValue.FromText(ValueText.Of(item)),
        _ => ToFormulaValue(item),
    };

    /// <summary>Resolves <c>{Name}</c> in a compiled table: the formula type was compiled with the schema.</summary>
    private sealed class ModelFormulaFields(TableModel table) : IFormulaFields
    {
        public bool TryResolve(string name, out string fieldId, out FormulaResultType type)
        {
            FieldModel? field = null;
            foreach (var candidate in table.Fields)
            {
                if (candidate.Field.Name == name)
                {
                    field = candidate;
                    break;
                }
            }

            fieldId = field?.Id.Value ?? string.Empty;
            type = field?.FormulaType ?? FormulaResultType.Unknown;
            return field is not null;
        }
    }

    private sealed class RecordValues(IReadOnlyDictionary<FieldId, object> values, Record record) : IFormulaRecord
    {
        public string RecordId => record.Id.Value;

        public DateTimeOffset? CreatedTime => record.CreatedAt;

        public DateTimeOffset? LastModifiedTime => record.UpdatedAt;

        public FormulaValue Get(string fieldId) => ToFormulaValue(values.GetValueOrDefault(new FieldId(fieldId)));
    }
}
