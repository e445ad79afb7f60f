using System.Text.Json;
using SoftrLite.Computed;

namespace SoftrLite.Fields.Types;

/// <summary>LOOKUP: the values of a field of the linked records (computed; kept as a JSON array).</summary>
internal sealed class LookupType() : FieldType<LinkedValueOptions>(FieldTypeNames.Lookup)
{
    public override bool IsReadOnly => true;

    public override FieldStorage Storage => FieldStorage.Any;

    public override LinkedValueOptions ParseOptions(Field field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return LinkedValueOptions.Lookup(field);
    }

    protected override ValueFamily FilterFamily(Field field, LinkedValueOptions options) => ValueFamily.ValueList;

    protected override FormulaResultType FormulaType(Field field, LinkedValueOptions options) => FormulaResultType.Array;

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
    {
        var reader = new OptionsReader(options, context, Name);
        var linked = LinkedFields.ReadLinkField(reader, LinkedValueOptions.LinkFieldKey);
        LinkedFields.ReadFieldOf(reader, LinkedValueOptions.LookupFieldKey, linked);
        LinkedFields.IgnoreComputedKeys(reader);
        reader.Set(LinkedFields.IsValidKey, true);
        return reader.Build();
    }

    protected override StoredValue Normalize(FieldInput value, LinkedValueOptions options, FieldValueContext context) => throw ReadOnlyValues.Refuse(this);

    /// <summary>The looked-up values, in link order.</summary>
    protected override object? Decode(StoredValue stored, LinkedValueOptions options, FieldValueContext context) => ComputedCodec.Decode(stored, FormulaResultType.Array);
}
