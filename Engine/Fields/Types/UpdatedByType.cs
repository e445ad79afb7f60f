using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>UPDATED_BY: the collaborator who last changed the record, read from a system column; no options.</summary>
internal sealed class UpdatedByType() : FieldType(FieldTypeNames.UpdatedBy)
{
    public override bool IsReadOnly => true;

    public override FieldStorage Storage => FieldStorage.None;

    public override SystemColumn SystemColumn => SystemColumn.UpdatedBy;

    public override ValueFamily FilterFamily(Field field) => ValueFamily.Person;

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context) =>
        new OptionsReader(options, context, Name).Build();

    public override StoredValue Normalize(FieldInput value, FieldValueContext context) => throw ReadOnlyValues.Refuse(this);

    public override object? Decode(StoredValue stored, FieldValueContext context) => SystemCollaborator.Parse(stored.Text!);
}
