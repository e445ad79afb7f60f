namespace SoftrLite;

/// <summary>
/// How a field's values compare: decides which filter operators and which sort apply (the README's operator
/// matrix). A field type declares its family in <see cref="FieldType.FilterFamily"/>; a registered type usually
/// picks <see cref="Text"/>, <see cref="Number"/>, <see cref="Boolean"/>, <see cref="Date"/> or <see cref="DateTime"/>,
/// whose stored forms are plain text, numbers, 0/1, <c>YYYY-MM-DD</c> and UTC ISO text.
/// </summary>
public enum ValueFamily
{
    /// <summary>Text, compared ignoring case and accents: is, contains, starts with, one of, ….</summary>
    Text,

    /// <summary>Numbers (REAL or INTEGER): comparisons, between, one of.</summary>
    Number,

    /// <summary>A boolean kept as 1 or 0: is, is not.</summary>
    Boolean,

    /// <summary>A calendar date kept as <c>YYYY-MM-DD</c> text: comparisons, between, within.</summary>
    Date,

    /// <summary>An instant kept as UTC ISO text with milliseconds: comparisons, between, within.</summary>
    DateTime,

    /// <summary>An instant kept as Unix milliseconds in a system column (created and updated times).</summary>
    Instant,

    /// <summary>One SELECT choice ID, ordered by the field's choices.</summary>
    Select,

    /// <summary>A JSON array of SELECT choice IDs.</summary>
    MultiSelect,

    /// <summary>One collaborator ID.</summary>
    User,

    /// <summary>A JSON array of collaborator IDs.</summary>
    MultiUser,

    /// <summary>Links to records of another table, kept in a link table.</summary>
    Link,

    /// <summary>Files: only emptiness can be tested.</summary>
    Attachment,

    /// <summary>A JSON array of values (lookups, array results): has any of, has all of, has none of.</summary>
    ValueList,

    /// <summary>A collaborator kept as JSON in a system column: only emptiness can be tested.</summary>
    Person,

    /// <summary>Not filtered or sorted.</summary>
    Unsupported,
}
