using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>CREATED_AT: when the record was created, read from a system column.</summary>
internal sealed class CreatedAtType() : FieldType(FieldTypeNames.CreatedAt)
{
    public override bool IsReadOnly => true;

    public override FieldStorage Storage => FieldStorage.None;

    public override SystemColumn SystemColumn => SystemColumn.CreatedAt;

    public override ValueFamily FilterFamily(Field field) => ValueFamily.Instant;

    public override FormulaResultType FormulaType(Field field) => FormulaResultType.Instant;

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
    {
        var reader = new OptionsReader(options, context, Name);
        DateOptions.Read(reader, "DATETIME");
        return reader.Build();
    }

    public override StoredValue Normalize(FieldInput value, FieldValueContext context) => throw ReadOnlyValues.Refuse(this);

    public override object? Decode(StoredValue stored, FieldValueContext context) => DateTimeOffset.FromUnixTimeMilliseconds(stored.Integer);
}
