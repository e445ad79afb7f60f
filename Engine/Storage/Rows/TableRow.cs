namespace SoftrLite.Storage.Rows;

/// <summary>A row of a database file's <c>_tables</c> table; <see cref="Num"/> names its data table.</summary>
internal sealed class TableRow
{
    public long Num { get; set; }

    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public string PrimaryFieldId { get; set; } = "";

    public string DefaultViewId { get; set; } = "";

    public long CreatedAt { get; set; }

    public long UpdatedAt { get; set; }

    /// <summary>A copy to edit, leaving this row as it is.</summary>
    public TableRow Copy() => (TableRow)MemberwiseClone();

    /// <summary>Whether both rows hold the same values.</summary>
    public bool SameAs(TableRow other) =>
        Num == other.Num && Id == other.Id && Name == other.Name && Description == other.Description
        && PrimaryFieldId == other.PrimaryFieldId && DefaultViewId == other.DefaultViewId && CreatedAt == other.CreatedAt && UpdatedAt == other.UpdatedAt;
}
