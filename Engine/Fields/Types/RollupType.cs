using System.Text.Json;
using SoftrLite.Computed;

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
    public static ResultKind KindOf(string? function) => function switch
    {
        "OR" or "AND" => ResultKind.Boolean,
        "ARRAYJOIN" or "CONCATENATE" => ResultKind.Text,
        "ARRAYCOMPACT" or "ARRAYUNIQUE" or "ARRAYFLATTEN" => ResultKind.Array,
        _ => ResultKind.Number,
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
        LinkedFields.IgnoreComputedKeys(reader);
        reader.Set("isValid", true);
        return reader.Build();
    }

    public override StoredValue Normalize(FieldInput value, FieldValueContext context) => throw ReadOnlyValues.Refuse(this);

    /// <summary>The aggregate, typed by the function.</summary>
    public override object? Decode(StoredValue stored, FieldValueContext context) => ComputedCodec.Decode(stored, (ResultKind)context.State!);
}
