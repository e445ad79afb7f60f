using SoftrLite.Compiled;
using SoftrLite.Storage;

namespace SoftrLite.Records;

/// <summary>Turns a write's change set into change-feed notifications, reading the record IDs of its rows inside the write.</summary>
internal static class ChangeNotes
{
    public static List<ChangeNotification> Of(ReadScope s, DatabaseId database, DatabaseModel model, ChangeSet changes, Collaborator? actingUser, DateTimeOffset at)
    {
        var notes = new List<ChangeNotification>();
        foreach (var table in changes.Tables)
        {
            if (model.FindTable(table.Table) is not { } current)
            {
                continue;
            }

            var ids = RecordStore.IdsOf(s, current.Num, table.Touched);
            Add(ChangeKind.RecordsCreated, table.Inserted.Order().Select(k => ids[k]), current.Fields.Select(f => f.Id));
            Add(ChangeKind.RecordsUpdated, table.Updated.Order().Select(k => ids[k]), table.Fields);
            Add(ChangeKind.RecordsDeleted, table.Deleted.OrderBy(p => p.Key).Select(p => p.Value.Value), []);

            void Add(ChangeKind kind, IEnumerable<string> records, IEnumerable<FieldId> fields)
            {
                var list = records.Select(id => new RecordId(id)).ToArray();
                if (list.Length > 0)
                {
                    notes.Add(new ChangeNotification
                    {
                        Sequence = 0,
                        Kind = kind,
                        Database = database,
                        Table = table.Table,
                        Records = list,
                        Fields = kind == ChangeKind.RecordsDeleted ? [] : [.. current.Fields.Select(f => f.Id).Where(fields.ToHashSet().Contains)],
                        ActingUser = actingUser,
                        At = at,
                    });
                }
            }
        }

        return notes;
    }
}
