using System.Text.Json;
using SoftrLite.Storage.Rows;

namespace SoftrLite.Storage.Readable;

/// <summary>What the readable views are built from: the metadata rows and the columns each data table really has.</summary>
internal sealed class ReadableSchema
{
    private readonly Dictionary<string, TableRow> _byId;
    private readonly ILookup<long, FieldRow> _fields;
    private readonly HashSet<(long Table, long Field)> _columns;

    public ReadableSchema(IReadOnlyList<TableRow> tables, IReadOnlyList<FieldRow> fields, IEnumerable<(long Table, long Field)> columns)
    {
        Tables = tables;
        _byId = tables.ToDictionary(t => t.Id, StringComparer.Ordinal);
        _fields = fields.ToLookup(f => f.TableNum);
        _columns = columns.ToHashSet();
    }

    /// <summary>Every table, in creation order.</summary>
    public IReadOnlyList<TableRow> Tables { get; }

    /// <summary>A table's fields in table order.</summary>
    public IEnumerable<FieldRow> FieldsOf(long tableNum) => _fields[tableNum].OrderBy(f => f.Position);

    /// <summary>Whether a field has a column <c>f{num}</c> in its data table.</summary>
    public bool HasColumn(FieldRow field) => _columns.Contains((field.TableNum, field.Num));

    /// <summary>The primary field of a table, if it still exists.</summary>
    public FieldRow? PrimaryOf(TableRow table) => _fields[table.Num].FirstOrDefault(f => f.Id == table.PrimaryFieldId);

    /// <summary>The table a LINKED_RECORD field points to, if it still exists.</summary>
    public TableRow? LinkedTableOf(FieldRow field)
    {
        using var options = JsonDocument.Parse(field.Options);
        return options.RootElement.ValueKind == JsonValueKind.Object
            && options.RootElement.TryGetProperty("linkedTableId", out var id)
            && id.ValueKind == JsonValueKind.String
            ? _byId.GetValueOrDefault(id.GetString()!)
            : null;
    }

    /// <summary>The <c>resultType</c> option of a computed field (<c>BOOLEAN</c>, <c>ARRAY</c>, …), if any.</summary>
    public static string? ResultTypeOf(FieldRow field)
    {
        using var options = JsonDocument.Parse(field.Options);
        return options.RootElement.ValueKind == JsonValueKind.Object
            && options.RootElement.TryGetProperty("resultType", out var type)
            && type.ValueKind == JsonValueKind.String
            ? type.GetString()
            : null;
    }
}
