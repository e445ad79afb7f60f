using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>AUTONUMBER: a sequence number never reused, read from a system column; no client options.</summary>
internal sealed class AutonumberType() : FieldType(FieldTypeNames.Autonumber)
{
    public override bool IsReadOnly => true;

    public override FieldStorage Storage => FieldStorage.None;

    public override SystemColumn SystemColumn => SystemColumn.Autonumber;

    public override ValueFamily FilterFamily(Field field) => ValueFamily.Number;

    public override FormulaResultType FormulaType(Field field) => FormulaResultType.Number;

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
    {
        var reader = new OptionsReader(options, context, Name);
        reader.Ignore("counter");
        return reader.Build();
    }

    public override StoredValue Normalize(FieldInput value, FieldValueContext context) => throw ReadOnlyValues.Refuse(this);

    public override object? Decode(StoredValue stored, FieldValueContext context) => stored.Integer;
}
