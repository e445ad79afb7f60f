namespace SoftrLite;

/// <summary>One item of <see cref="RecordOperations.UpdateMany"/>: a record and the fields to change.</summary>
/// <param name="Id">The record to change.</param>
/// <param name="Fields">The values to write, keyed by field ID or name; fields left out stay as they are.</param>
public sealed record RecordUpdate(RecordId Id, IReadOnlyDictionary<string, object?> Fields);
