using System.Text.Json;
using SoftrLite.Computed.Formula;
using SoftrLite.Fields.Types;
using SoftrLite.Records;
using SoftrLite.Records.Model;

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
        if (!field.Field.Options.TryGetProperty("formula", out var text) || text.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return new FormulaProgram(CompileText(text.GetString()!, table.Table.Fields));
        }
        catch (FormulaSyntaxException)
        {
            return null;
        }
    }

    /// <summary>Compiles formula text against a table's fields (by exact name, the first of a shared name).</summary>
    /// <exception cref="FormulaSyntaxException">For a syntax error, an unknown function or field, or a wrong argument count.</exception>
    public static CompiledFormula CompileText(string text, IReadOnlyList<Field> fields) => FormulaCompiler.Compile(text, new TableFormulaFields(fields));

    public object? Evaluate(IReadOnlyDictionary<FieldId, object> values, Record record, ComputeEnvironment environment) =>
        ToRecordValue(_compiled.Evaluate(new RecordValues(values, record), new FormulaEnvironment(environment.Now, environment.TimeZone, environment.Random)));

    /// <summary>The type a field's values have inside formulas.</summary>
    public static FormulaResultType TypeOf(Field field) => field.Type switch
    {
        FieldTypeNames.Number or FieldTypeNames.Currency or FieldTypeNames.Percent or FieldTypeNames.Duration or FieldTypeNames.Rating
            or FieldTypeNames.Autonumber or FieldTypeNames.Count => FormulaResultType.Number,
        FieldTypeNames.Checkbox => FormulaResultType.Boolean,
        FieldTypeNames.Date => FormulaResultType.Date,
        FieldTypeNames.DateTime or FieldTypeNames.CreatedAt or FieldTypeNames.UpdatedAt => FormulaResultType.Instant,
        FieldTypeNames.LinkedRecord or FieldTypeNames.Attachment or FieldTypeNames.Lookup => FormulaResultType.Array,
        FieldTypeNames.Select or FieldTypeNames.User when field.AllowMultipleEntries => FormulaResultType.Array,
        FieldTypeNames.Formula => ResultTypeOf(field),
        FieldTypeNames.Rollup => RollupType.KindOf(String(field.Options, "function")),
        _ => FormulaResultType.Text,
    };


    private static FormulaResultType ResultTypeOf(Field field) => ResultKinds.Parse(String(field.Options, "resultType") ?? string.Empty);

    private static string? String(JsonElement options, string key) =>
        options.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

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

    /// <summary>Resolves <c>{Name}</c> to the first field of that exact name.</summary>
    private sealed class TableFormulaFields(IReadOnlyList<Field> fields) : IFormulaFields
    {
        public bool TryResolve(string name, out string fieldId, out FormulaResultType type)
        {
            var field = fields.FirstOrDefault(f => f.Name == name);
            fieldId = field?.Id.Value ?? string.Empty;
            type = field is null ? FormulaResultType.Unknown : TypeOf(field);
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
