namespace SoftrLite.Fields.Types;

/// <summary>The guard every computed or system type's <see cref="FieldType.Normalize"/> uses.</summary>
internal static class ReadOnlyValues
{
    /// <summary>The records layer refuses writes to read-only fields earlier; reaching this is a programming error.</summary>
    public static InvalidOperationException Refuse(FieldType type) =>
        new($"{type.Name} values are filled by the engine and cannot be written.");
}
