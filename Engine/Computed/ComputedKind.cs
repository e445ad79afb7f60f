namespace SoftrLite.Computed;

/// <summary>The computed field types the engine stores and keeps current.</summary>
internal enum ComputedKind
{
    Formula,
    Lookup,
    Rollup,
    Count,
}
