namespace SoftrLite.Storage;

/// <summary>The system columns of a new row: its ID, when and by whom it was made (collaborator JSON), its autonumber.</summary>
internal readonly record struct RowHeader(string Id, long At, string? By, long Autonumber);
