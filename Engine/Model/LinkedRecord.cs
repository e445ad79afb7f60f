namespace SoftrLite;

/// <summary>A link to a record of another table, as a LINKED_RECORD field reads.</summary>
/// <param name="Id">The linked record's ID.</param>
/// <param name="Label">The linked record's primary field value, as text.</param>
public sealed record LinkedRecord(RecordId Id, string Label);
