using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>COUNT: the number of linked records (computed; hidden from the cloud's enum).</summary>
internal sealed class CountType() : FieldType<LinkedValueOptions>(FieldTypeNames.Count)
{
    public override bool IsReadOnly => true;

    public override FieldStorage Storage => FieldStorage.Integer;

    public override LinkedValueOptions ParseOptions(Field field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return LinkedValueOptions.Count(field);
    }

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
    {
        var reader = new OptionsReader(options, context, Name);
        LinkedFields.ReadLinkField(reader, LinkedValueOptions.LinkFieldKey);
        LinkedFields.IgnoreComputedKeys(reader);
        reader.Set(LinkedFields.IsValidKey, true);
        return reader.Build();
    }

    protected override StoredValue Normalize(FieldInput value, LinkedValueOptions options, FieldValueContext context) => throw ReadOnlyValues.Refuse(this);

    protected override object? Decode(StoredValue stored, LinkedValueOptions options, FieldValueContext context) => stored.Integer;
}
