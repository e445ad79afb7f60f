namespace SoftrLite;

/// <summary>What a <see cref="FixtureOperations.Reset"/> starts again with; a <see langword="null"/> property keeps the engine's current setting.</summary>
public sealed record FixtureReset
{
    /// <summary>The ID seed from which the ID sequence starts again; <see langword="null"/>: the engine's current seed (or random IDs when it has none).</summary>
    public int? IdSeed { get; init; }

    /// <summary>The clock from now on; <see langword="null"/>: the engine's current clock.</summary>
    public TimeProvider? TimeProvider { get; init; }
}
