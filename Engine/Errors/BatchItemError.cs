namespace SoftrLite;

/// <summary>One failing item of a batch: which item, which field, and why.</summary>
/// <param name="Index">The item's position in the batch (from 0).</param>
/// <param name="FieldId">The field at fault, when the failure is about one field.</param>
/// <param name="Code">The error code the item alone would have failed with.</param>
/// <param name="Message">What was expected and what was given.</param>
public sealed record BatchItemError(int Index, string? FieldId, ErrorCode Code, string Message);
