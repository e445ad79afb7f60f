namespace SoftrLite.Records.Model;

/// <summary>The system column a field reads, for the types the engine fills.</summary>
internal enum SystemColumn
{
    None,
    RecordId,
    CreatedAt,
    UpdatedAt,
    CreatedBy,
    UpdatedBy,
    Autonumber,
}
