namespace SoftrLite.Query;

/// <summary>How a field's values compare: decides which filter operators and sorts apply (the README's operator matrix).</summary>
internal enum ValueFamily
{
    Text,
    Number,
    Boolean,
    Date,
    DateTime,
    Instant,
    Select,
    MultiSelect,
    User,
    MultiUser,
    Link,
    Attachment,
    ValueList,
    Person,
    Unsupported,
}
