namespace SoftrLite;

/// <summary>What the write of a <see cref="RecordVersion"/> did to the record.</summary>
public enum RecordVersionKind
{
    /// <summary>The write created the record.</summary>
    Created,

    /// <summary>The write changed the record's values or links.</summary>
    Updated,

    /// <summary>The write deleted the record.</summary>
    Deleted,
}
