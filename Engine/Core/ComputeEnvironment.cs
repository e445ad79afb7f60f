namespace SoftrLite;

/// <summary>The clock, zone and random source a recomputation evaluates formulas with.</summary>
internal sealed record ComputeEnvironment(DateTimeOffset Now, TimeZoneInfo TimeZone, Random Random);
