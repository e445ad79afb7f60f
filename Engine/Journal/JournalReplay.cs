using SoftrLite.Errors;
using SoftrLite.Compiled;
using SoftrLite.Storage;

namespace SoftrLite.Journal;

/// <summary>
/// Undoes or redoes one journal entry inside a write: first checks that every row and link the entry touched is still as
/// the entry left it (else refuses, having changed nothing), then puts back the other side's images — rows with their
/// keys, record IDs and timestamps, link rows with their keys, so links keep their order. Computed values are not
/// restored: the returned change set is what the caller recomputes and publishes. An undo of created rows whose images
/// are keys-only (see <see cref="RowChange.AfterIsKeysOnly"/>) reads their values before deleting them and returns the
/// entry with whole images, which the caller stores so a redo can create the rows again.
/// </summary>
internal static class JournalReplay
{
    public static (ChangeSet Changes, JournalImage Entry) Apply(WriteScope s, DatabaseModel model, long sequence, JournalImage entry, bool undo)
    {
        var tables = model.Tables.ToDictionary(t => t.Num);
        entry = Check(s, tables, sequence, entry, undo);

        var changes = new ChangeSet();

        // Links and rows that go are removed before any comes back, so no UNIQUE key (a record ID, a link pair) clashes.
        foreach (var link in entry.Links.Where(l => l.Added == undo))
        {
            ImageStore.DeleteLink(s, link.Junction, link.Rk);
        }

        foreach (var row in entry.Rows)
        {
            var (from, to) = undo ? (row.After, row.Before) : (row.Before, row.After);
            if (to is null)
            {
                RecordStore.DeleteRow(s, row.Table, row.RowKey);
                changes.Deleted(tables[row.Table].Id, row.RowKey, new RecordId(from![0].Text!));
            }
        }

        foreach (var row in entry.Rows)
        {
            var (from, to) = undo ? (row.After, row.Before) : (row.Before, row.After);
            var table = tables[row.Table];
            if (from is null)
            {
                ImageStore.Insert(s, row.Table, Journaling.ImageColumnsOf(table), row.RowKey, to!);
                changes.Inserted(table.Id, row.RowKey);
            }
            else if (to is not null)
            {
                ImageStore.Write(s, row.Table, Journaling.ImageColumnsOf(table), row.RowKey, to);
                changes.Updated(table.Id, [row.RowKey], table.Stored.Where(f => !f.Type.IsReadOnly).Select(f => f.Id));
            }
        }

        foreach (var link in entry.Links.Where(l => l.Added != undo))
        {
            ImageStore.InsertLink(s, link.Junction, link.Rk, link.A, link.B);
        }

        foreach (var link in entry.Links)
        {
            foreach (var (table, field) in FieldsOf(tables.Values, link.Junction))
            {
                changes.Updated(table.Id, [field.Link!.SelfIsA ? link.A : link.B], [field.Id]);
            }
        }

        return (changes, entry);
    }

    /// <summary>
    /// Undoes or redoes a schema entry that holds its metadata rows: checks every row is as the entry left it, then writes
    /// the other side's rows back. Returns the fields whose rows changed (table number, field ID, type), for recomputation.
    /// </summary>
    public static List<(long Table, FieldId Field, string Type)> ApplyMetadata(WriteScope s, long sequence, JournalImage entry, bool undo)
    {
        foreach (var row in entry.Rows)
        {
            var expected = undo ? row.After! : row.Before!;
            if (MetadataStore.Read(s, row.Table, row.RowKey) is not { } found || !found.AsSpan().SequenceEqual(expected))
            {
                throw SoftrErrors.SchemaUndoConflict(sequence, expected[MetadataStore.IdIndex(row.Table)].Text!, undo);
            }
        }

        var fields = new List<(long, FieldId, string)>();
        foreach (var row in entry.Rows)
        {
            var to = undo ? row.Before! : row.After!;
            MetadataStore.Write(s, row.Table, row.RowKey, to);
            if (row.Table == MetadataStore.Fields)
            {
                fields.Add((to[0].Integer, new FieldId(to[1].Text!), to[5].Text!));
            }
        }

        return fields;
    }

    // Refuses the step unless every row is as the entry left it; returns the entry, with whole images where an undo read
    // the values of created rows it held keys-only.
    private static JournalImage Check(WriteScope s, Dictionary<long, TableModel> tables, long sequence, JournalImage entry, bool undo)
    {
        Dictionary<RowChange, StoredValue[]>? completed = null;
        foreach (var group in entry.Rows.GroupBy(r => r.Table))
        {
            if (!tables.TryGetValue(group.Key, out var table) || !Journaling.UserColumns(table).SequenceEqual(entry.Columns[group.Key]))
            {
                throw SoftrErrors.SchemaUndo(sequence);
            }

            var current = ImageStore.Read(s, group.Key, entry.Columns[group.Key], group.Select(r => r.RowKey));
            foreach (var row in group)
            {
                var expected = undo ? row.After : row.Before;
                var found = current.GetValueOrDefault(row.RowKey);
                var keysOnly = undo && row.AfterIsKeysOnly;
                var same = expected is null ? found is null
                    : found is not null && (keysOnly ? found.AsSpan(0, ImageStore.SystemCount) : found.AsSpan()).SequenceEqual(expected);
                if (!same)
                {
                    throw SoftrErrors.UndoConflict(sequence, table.Id, row.RecordId, undo);
                }

                if (keysOnly && found!.Length > expected!.Length)
                {
                    (completed ??= [])[row] = found;
                }
            }
        }

        foreach (var link in entry.Links)
        {
            if (ImageStore.HasLink(s, link.Junction, link.Rk, link.A, link.B) != (link.Added == undo))
            {
                var table = FieldsOf(tables.Values, link.Junction).Select(p => p.Table.Id).FirstOrDefault();
                throw SoftrErrors.UndoLinkConflict(sequence, table, undo);
            }
        }

        return completed is null ? entry : entry with
        {
            Rows = entry.Rows.Select(row => completed.TryGetValue(row, out var after) ? row with { After = after } : row).ToArray(),
        };
    }

    private static IEnumerable<(TableModel Table, FieldModel Field)> FieldsOf(IEnumerable<TableModel> tables, long junction) =>
        tables.SelectMany(t => t.Links.Where(f => f.Link!.Junction == junction).Select(f => (t, f)));
}
