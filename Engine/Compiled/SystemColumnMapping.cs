using SoftrLite.Storage;

namespace SoftrLite.Compiled;

/// <summary>Which column of a stored row holds a system field's value.</summary>
internal static class SystemColumnMapping
{
    /// <summary>The row column of a system field; <see cref="SystemColumn.None"/> has none.</summary>
    public static RowColumn ToRowColumn(this SystemColumn column) => column switch
    {
        SystemColumn.RecordId => RowColumn.Id,
        SystemColumn.CreatedAt => RowColumn.CreatedAt,
        SystemColumn.UpdatedAt => RowColumn.UpdatedAt,
        SystemColumn.CreatedBy => RowColumn.CreatedBy,
        SystemColumn.UpdatedBy => RowColumn.UpdatedBy,
        SystemColumn.Autonumber => RowColumn.Autonumber,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Not a system column."),
    };
}
