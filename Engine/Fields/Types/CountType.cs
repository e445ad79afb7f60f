using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>COUNT: the number of linked records (computed; hidden from the cloud's enum).</summary>
internal sealed class CountType() : FieldType(FieldTypeNames.Count)
{
    public override bool IsReadOnly => true;

    public override FieldStorage Storage => FieldStorage.Integer;

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
    {
        var reader = new OptionsReader(options, context, Name);
        LinkedFields.ReadLinkField(reader, "linkedRecordFieldId");
        LinkedFields.IgnoreComputedKeys(reader);
        reader.Set("isValid", true);
        return reader.Build();
    }

    public override StoredValue Normalize(FieldInput value, FieldValueContext context) => throw ReadOnlyValues.Refuse(this);

    public override object? Decode(StoredValue stored, FieldValueContext context) => stored.Integer;
}
