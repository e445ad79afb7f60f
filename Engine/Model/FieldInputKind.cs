namespace SoftrLite;

/// <summary>The JSON kind of a written value.</summary>
public enum FieldInputKind
{
    /// <summary><c>null</c>, or no value.</summary>
    Null,

    /// <summary>A string.</summary>
    String,

    /// <summary>A number.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>An array.</summary>
    Array,

    /// <summary>An object.</summary>
    Object,
}
