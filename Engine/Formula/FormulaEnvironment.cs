namespace SoftrLite.Formula;

/// <summary>What a formula evaluation may read besides the record: the clock, the time zone and a random source.</summary>
/// <param name="Now">The current instant, for <c>NOW()</c> and <c>TODAY()</c>.</param>
/// <param name="TimeZone">The zone in which dates are taken apart, formatted and parsed.</param>
/// <param name="Random">The source for <c>RAND()</c> and <c>RANDBETWEEN()</c>.</param>
internal sealed record FormulaEnvironment(DateTimeOffset Now, TimeZoneInfo TimeZone, Random Random);
