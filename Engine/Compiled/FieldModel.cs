using SoftrLite.Fields;

namespace SoftrLite.Compiled;

/// <summary>
/// A field as the record paths need it: the public field, its type, where its values are stored, and what its type
/// compiled for it once per schema revision (parsed options, filter family, formula type).
/// </summary>
internal sealed class FieldModel(Field field, FieldType type, FieldTraits traits, long num, LinkModel? link, int index, int storedIndex)
{
    /// <summary>The field's position in its table.</summary>
    public int Index { get; } = index;

    /// <summary>The field's position among the table's stored fields (those with a column), or -1.</summary>
    public int StoredIndex { get; } = storedIndex;

    public Field Field { get; } = field;

    public FieldType Type { get; } = type;

    /// <summary>The field's internal number: its column is <c>f{Num}</c> when <see cref="HasColumn"/>.</summary>
    public long Num { get; } = num;

    /// <summary>The system column the field reads, as its type declares.</summary>
    public SystemColumn System { get; } = type.SystemColumn;

    public LinkModel? Link { get; } = link;

    /// <summary>The field's options as its type parsed them (see <see cref="FieldType{TOptions}"/>); <see langword="null"/> for a type without options.</summary>
    public object? Options { get; } = traits.Options;

    /// <summary>How the field is filtered and sorted.</summary>
    public ValueFamily Family { get; } = traits.Family;

    /// <summary>What a formula reading the field sees.</summary>
    public FormulaResultType FormulaType { get; } = traits.FormulaType;

    public bool HasColumn => Type.Storage != FieldStorage.None && System == SystemColumn.None && Link is null;

    public bool IsWritable => !Type.IsReadOnly && !Field.ReadOnly;

    public FieldId Id => Field.Id;
}
