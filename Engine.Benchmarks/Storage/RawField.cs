namespace SoftrLite.Benchmarks.Storage;

/// <summary>A field as the baselines write it: its metadata values and its column's SQL type.</summary>
/// <param name="Id">The 5-character field ID.</param>
/// <param name="Name">Its name.</param>
/// <param name="Type">Its type name, e.g. <c>NUMBER</c>.</param>
/// <param name="SqlType">The type of its column in the data table.</param>
/// <param name="Options">Its options JSON, exactly as the engine stores them after normalizing.</param>
/// <param name="AllowMultiple">Whether it holds several values.</param>
internal sealed record RawField(string Id, string Name, string Type, string SqlType, string Options, bool AllowMultiple);
