using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>RECORD_ID: the record's own ID, read from a system column; no options.</summary>
internal sealed class RecordIdType() : FieldType(FieldTypeNames.RecordId)
{
    public override bool IsReadOnly => true;

    public override FieldStorage Storage => FieldStorage.None;

    public override SystemColumn SystemColumn => SystemColumn.RecordId;

    public override ValueFamily FilterFamily(Field field) => ValueFamily.Text;

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context) =>
        new OptionsReader(options, context, Name).Build();

    public override StoredValue Normalize(FieldInput value, FieldValueContext context) => throw ReadOnlyValues.Refuse(this);

    public override object? Decode(StoredValue stored, FieldValueContext context) => stored.Text;
}
