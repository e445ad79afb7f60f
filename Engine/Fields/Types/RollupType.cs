using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>ROLLUP: one aggregate over a field of the linked records (computed, kept as JSON text).</summary>
internal sealed class RollupType() : FieldType(FieldTypeNames.Rollup)
{
    private static readonly string[] Functions =
    [
        "SUM", "MIN", "MAX", "COUNT", "AVERAGE", "ARRAYCOMPACT", "ARRAYJOIN", "ARRAYUNIQUE", "ARRAYFLATTEN",
        "CONCATENATE", "COUNTALL", "COUNTA", "OR", "AND",
    ];

    public override bool IsReadOnly => true;

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

    /// <summary>Computed values are not stored yet; the field is left out of records.</summary>
    public override object? Decode(StoredValue stored, FieldValueContext context) => null;
}
