namespace SoftrLite.Computed;

/// <summary>What a computed field's stored value holds, so it can be read back with its type.</summary>
internal enum ResultKind
{
    Number,
    Text,
    Boolean,
    Date,
    Instant,
    Array,
    Unknown,
}
