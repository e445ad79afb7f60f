using SoftrLite.Storage;

namespace SoftrLite.Compiled;

/// <summary>Every table of a database with its fields, loaded in one go inside a read or a write.</summary>
internal sealed class SchemaSnapshot
{
    private SchemaSnapshot(List<TableEntry> tables) => Tables = tables;

    public List<TableEntry> Tables { get; }

    public static SchemaSnapshot Load(ReadScope s)
    {
        var indexed = DatabaseStore.IndexedFields(s);
        var rows = DatabaseStore.ListFields(s);
        foreach (var row in rows)
        {
            row.Indexed = indexed.Contains(row.Num);
        }

        var fields = rows.ToLookup(f => f.TableNum);
        var tables = DatabaseStore.ListTables(s).Select(row => new TableEntry(row, fields[row.Num].ToList())).ToList();
        return new SchemaSnapshot(tables);
    }

    public TableEntry? Find(TableId id) => Tables.Find(e => e.Row.Id == id.Value);

    public IReadOnlyList<Table> ToTables(DatabaseId databaseId) => Tables.Select(e => e.ToTable(databaseId)).ToArray();
}
