using SoftrLite.Compiled;
using SoftrLite.Fields;
using SoftrLite.Storage;

namespace SoftrLite.Compiled;

/// <summary>The links of a set of records, per LINKED_RECORD field, with each linked record's label.</summary>
internal sealed class LinkValues
{
    private readonly Dictionary<FieldId, Dictionary<long, List<LinkedRecord>>> _links = [];

    public static LinkValues Empty { get; } = new();

    /// <summary>Loads every link of <paramref name="rowKeys"/> for every link field of the table, one query per field.</summary>
    public static LinkValues Load(ReadScope s, TableModel table, DatabaseModel model, TimeZoneInfo timeZone, IReadOnlyList<long> rowKeys)
    {
        if (table.Links.Count == 0 || rowKeys.Count == 0)
        {
            return Empty;
        }

        var result = new LinkValues();
        foreach (var field in table.Links)
        {
            var link = field.Link!;
            var linked = model.FindTable(link.LinkedTableId);
            if (linked is null)
            {
                continue;
            }

            var (labelColumn, labelField) = LabelOf(linked);
            var labelContext = labelField is null ? null : new FieldValueContext(labelField.Field, labelField.Type, labelField.Options, timeZone, []);
            var byRecord = new Dictionary<long, List<LinkedRecord>>();
            RecordStore.Links(s, link.Junction, link.SelfColumn, link.OtherColumn, linked.Num, labelColumn, rowKeys, (self, id, stored) =>
            {
                var label = labelField is null || stored.IsEmpty ? null : ValueText.Of(labelField.Type.Decode(stored, labelContext!));
                if (!byRecord.TryGetValue(self, out var list))
                {
                    byRecord[self] = list = [];
                }

                list.Add(new LinkedRecord(new RecordId(id), label ?? string.Empty));
            });

            result._links[field.Id] = byRecord;
        }

        return result;
    }

    public IReadOnlyList<LinkedRecord>? For(FieldModel field, long rowKey) =>
        _links.TryGetValue(field.Id, out var byRecord) && byRecord.TryGetValue(rowKey, out var list) ? list : null;

    private static (string? Column, FieldModel? Field) LabelOf(TableModel linked)
    {
        var primary = linked.Primary;
        if (primary is null || primary.Link is not null)
        {
            return (null, null);
        }

        var column = primary.System != SystemColumn.None
            ? RecordStore.SystemColumnName(primary.System.ToRowColumn())
            : primary.HasColumn ? SqlNames.Column(primary.Num) : null;
        return column is null ? (null, null) : (column, primary);
    }
}
