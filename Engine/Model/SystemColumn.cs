namespace SoftrLite;

/// <summary>
/// A column every record row has, filled by the engine. A field type that reads one (<see cref="FieldType.SystemColumn"/>)
/// has no column of its own; its <see cref="FieldType.Decode"/> receives the system column's value.
/// </summary>
public enum SystemColumn
{
    /// <summary>No system column: the field has a column of its own, or a link table, or none.</summary>
    None,

    /// <summary>The record's ID, as text.</summary>
    RecordId,

    /// <summary>When the record was created, as Unix milliseconds.</summary>
    CreatedAt,

    /// <summary>When the record last changed, as Unix milliseconds.</summary>
    UpdatedAt,

    /// <summary>Who created the record, as <c>{"id","name","email"}</c> JSON text.</summary>
    CreatedBy,

    /// <summary>Who last changed the record, as <c>{"id","name","email"}</c> JSON text.</summary>
    UpdatedBy,

    /// <summary>The record's sequence number, as an integer.</summary>
    Autonumber,
}
