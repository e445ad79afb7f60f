namespace SoftrLite.Records.Model;

/// <summary>A field as the record paths need it: the public field, its type, and where its values are stored.</summary>
internal sealed class FieldModel(Field field, FieldType type, long num, SystemColumn system, LinkModel? link, int index, int storedIndex)
{
    /// <summary>The field's position in its table.</summary>
    public int Index { get; } = index;

    /// <summary>The field's position among the table's stored fields (those with a column), or -1.</summary>
    public int StoredIndex { get; } = storedIndex;

    public Field Field { get; } = field;

    public FieldType Type { get; } = type;

    /// <summary>The field's internal number: its column is <c>f{Num}</c> when <see cref="HasColumn"/>.</summary>
    public long Num { get; } = num;

    public SystemColumn System { get; } = system;

    public LinkModel? Link { get; } = link;

    public bool HasColumn => Type.Storage != FieldStorage.None && System == SystemColumn.None && Link is null;

    public bool IsWritable => !Type.IsReadOnly && !Field.ReadOnly;

    public FieldId Id => Field.Id;
}
