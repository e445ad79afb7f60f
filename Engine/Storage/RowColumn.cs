namespace SoftrLite.Storage;

/// <summary>The system columns every record row has, beside one column per stored field.</summary>
internal enum RowColumn
{
    /// <summary>The record ID (<c>_id</c>).</summary>
    Id,

    /// <summary>When the record was created, epoch milliseconds (<c>_created_at</c>).</summary>
    CreatedAt,

    /// <summary>When the record was last edited, epoch milliseconds (<c>_updated_at</c>).</summary>
    UpdatedAt,

    /// <summary>Who created the record, collaborator JSON (<c>_created_by</c>).</summary>
    CreatedBy,

    /// <summary>Who last edited the record, collaborator JSON (<c>_updated_by</c>).</summary>
    UpdatedBy,

    /// <summary>The record's autonumber (<c>_autonumber</c>).</summary>
    Autonumber,
}
