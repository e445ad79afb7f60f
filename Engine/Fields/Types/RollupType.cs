using System.Text.Json;
using System.Text.Json.Nodes;
using SoftrLite.Computed;

namespace SoftrLite.Fields.Types;

/// <summary>ROLLUP: one aggregate over a field of the linked records (computed; kept with its own SQLite type).</summary>
internal sealed class RollupType() : FieldType<LinkedValueOptions>(FieldTypeNames.Rollup)
{
    private static readonly string[] Functions =
    [
        "SUM", "MIN", "MAX", "COUNT", "AVERAGE", "ARRAYCOMPACT", "ARRAYJOIN", "ARRAYUNIQUE", "ARRAYFLATTEN",
        "CONCATENATE", "COUNTALL", "COUNTA", "OR", "AND",
    ];

    public override bool IsReadOnly => true;

    public override FieldStorage Storage => FieldStorage.Any;

    public override LinkedValueOptions ParseOptions(Field field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return LinkedValueOptions.Rollup(field);
    }

    /// <summary>A rollup filters like the kind of value its function yields.</summary>
    protected override ValueFamily FilterFamily(Field field, LinkedValueOptions options) => FormulaOptions.FamilyOf(options.ResultType);

    protected override FormulaResultType FormulaType(Field field, LinkedValueOptions options) => options.ResultType;

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
    {
        var reader = new OptionsReader(options, context, Name);
        var linked = LinkedFields.ReadLinkField(reader, LinkedValueOptions.LinkFieldKey);
        LinkedFields.ReadFieldOf(reader, LinkedValueOptions.RollupFieldKey, linked);
        if (reader.Enum(LinkedValueOptions.FunctionKey, Functions) is null)
        {
            throw reader.Invalid(LinkedValueOptions.FunctionKey, "one of " + string.Join(", ", Functions), null);
        }

        reader.Json(LinkedValueOptions.FilterKey, JsonValueKind.Object, "a condition object or null", keepNull: true);
        if (reader.Raw(LinkedValueOptions.FilterKey) is { } filter)
        {
            // Saved by field ID, so renaming a field of the linked table keeps the filter working.
            var node = JsonNode.Parse(filter.GetRawText())!;
            if (ById(node, linked) is { } unknown)
            {
                throw reader.Invalid(LinkedValueOptions.FilterKey, $"conditions on fields of table '{linked.Name}'; it has no field '{unknown}'", filter);
            }

            reader.Set(LinkedValueOptions.FilterKey, node);
        }
        LinkedFields.IgnoreComputedKeys(reader);
        reader.Set(LinkedFields.IsValidKey, true);
        return reader.Build();
    }

    /// <summary>Rewrites the filter's field names to IDs; returns a key that names no field, if any.</summary>
    private static string? ById(JsonNode condition, Table linked)
    {
        if (condition is not JsonObject obj)
        {
            return null;
        }

        if (obj["leftSide"] is JsonValue left && left.TryGetValue<string>(out var key) && !linked.Fields.Any(f => f.Id.Value == key))
        {
            if (linked.Fields.FirstOrDefault(f => f.Name == key) is not { } field)
            {
                return key is "created_at" or "updated_at" ? null : key;
            }

            obj["leftSide"] = field.Id.Value;
        }

        if (obj["conditions"] is JsonArray nested)
        {
            foreach (var item in nested)
            {
                if (ById(item!, linked) is { } unknown)
                {
                    return unknown;
                }
            }
        }

        return null;
    }

    protected override StoredValue Normalize(FieldInput value, LinkedValueOptions options, FieldValueContext context) => throw ReadOnlyValues.Refuse(this);

    /// <summary>The aggregate, typed by the function.</summary>
    protected override object? Decode(StoredValue stored, LinkedValueOptions options, FieldValueContext context) => ComputedCodec.Decode(stored, options.ResultType);
}
