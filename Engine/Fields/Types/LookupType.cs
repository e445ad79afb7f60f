using System.Text.Json;
using SoftrLite.Computed;
using SoftrLite.Computed.Formula;

namespace SoftrLite.Fields.Types;

/// <summary>LOOKUP: the values of a field of the linked records (computed; kept as a JSON array).</summary>
internal sealed class LookupType() : FieldType(FieldTypeNames.Lookup)
{
    public override bool IsReadOnly => true;

    public override FieldStorage Storage => FieldStorage.Any;

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
    {
        var reader = new OptionsReader(options, context, Name);
        var linked = LinkedFields.ReadLinkField(reader, "linkedRecordFieldId");
        LinkedFields.ReadFieldOf(reader, "lookupFieldId", linked);
        LinkedFields.IgnoreComputedKeys(reader);
        reader.Set("isValid", true);
        return reader.Build();
    }

    public override StoredValue Normalize(FieldInput value, FieldValueContext context) => throw ReadOnlyValues.Refuse(this);

    /// <summary>The looked-up values, in link order.</summary>
    public override object? Decode(StoredValue stored, FieldValueContext context) => ComputedCodec.Decode(stored, FormulaResultType.Array);
}
