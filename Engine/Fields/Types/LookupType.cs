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
}
