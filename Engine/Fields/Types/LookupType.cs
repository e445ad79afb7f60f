using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>LOOKUP: the values of a field of the linked records (computed, kept as JSON text).</summary>
internal sealed class LookupType() : FieldType(FieldTypeNames.Lookup)
{
    public override bool IsReadOnly => true;

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

    /// <summary>Computed values are not stored yet; the field is left out of records.</summary>
    public override object? Decode(StoredValue stored, FieldValueContext context) => null;
}
