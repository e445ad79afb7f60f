using System.Text.Json;
using System.Text.Json.Nodes;
using SoftrLite.Computed;
using SoftrLite.Computed.Formula;

namespace SoftrLite.Fields.Types;

/// <summary>ROLLUP: one aggregate over a field of the linked records (computed; kept with its own SQLite type).</summary>
internal sealed class RollupType() : FieldType(FieldTypeNames.Rollup)
{
    private static readonly string[] Functions =
    [
        "SUM", "MIN", "MAX", "COUNT", "AVERAGE", "ARRAYCOMPACT", "ARRAYJOIN", "ARRAYUNIQUE", "ARRAYFLATTEN",
        "CONCATENATE", "COUNTALL", "COUNTA", "OR", "AND",
    ];

    public override bool IsReadOnly => true;

    public override FieldStorage Storage => FieldStorage.Any;

    /// <summary>What a rollup function yields: a number, a boolean, text or an array.</summary>
    public static FormulaResultType KindOf(string? function) => function switch
    {
        "OR" or "AND" => FormulaResultType.Boolean,
        "ARRAYJOIN" or "CONCATENATE" => FormulaResultType.Text,
        "ARRAYCOMPACT" or "ARRAYUNIQUE" or "ARRAYFLATTEN" => FormulaResultType.Array,
        _ => FormulaResultType.Number,
    };

    public override object? Prepare(Field field) =>
        KindOf(field.Options.TryGetProperty("function", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null);

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
    {
        var reader = new OptionsReader(options, context, Name);
        var linked = LinkedFields.ReadLinkField(reader, "linkedRecordFieldId");
        LinkedFields.ReadFieldOf(reader, "rollupFieldId", linked);
        if (reader.Enum("function", Functions) is null)
        {
            throw reader.Invalid("function", "one of " + string.Join(", ", Functions), null);
        }

        reader.Json("filter", JsonValueKind.Object, "a condition object or null", keepNull: true);
        if (reader.Raw("filter") is { } filter)
        {
            // Saved by field ID, so renaming a field of the linked table keeps the filter working.
            var node = JsonNode.Parse(filter.GetRawText())!;
            if (ById(node, linked) is { } unknown)
            {
                throw reader.Invalid("filter", $"conditions on fields of table '{linked.Name}'; it has no field '{unknown}'", filter);
            }

            reader.Set("filter", node);
        }
        LinkedFields.IgnoreComputedKeys(reader);
        reader.Set("isValid", true);
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

    public override StoredValue Normalize(FieldInput value, FieldValueContext context) => throw ReadOnlyValues.Refuse(this);

    /// <summary>The aggregate, typed by the function.</summary>
    public override object? Decode(StoredValue stored, FieldValueContext context) => ComputedCodec.Decode(stored, (FormulaResultType)context.State!);
}
