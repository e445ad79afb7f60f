namespace SoftrLite.Query;

/// <summary>A half-open span of time [Start, End) in UTC: a day, a week, an instant (one millisecond wide).</summary>
internal readonly record struct DateRange(DateTimeOffset Start, DateTimeOffset End);
