using SoftrLite.Storage;
using SoftrLite.Storage.Rows;

namespace SoftrLite.Compiled;

/// <summary>Every table of a database with its fields, loaded in one go inside a read or a write.</summary>
internal sealed class SchemaSnapshot
{
    private SchemaSnapshot(List<TableEntry> tables) => Tables = tables;

    public List<TableEntry> Tables { get; }

    /// <summary>The schema as <paramref name="s"/> sees it, as rows the caller may edit (copies of the ones the session keeps).</summary>
    public static SchemaSnapshot Load(ReadScope s)
    {
        var rows = DatabaseStore.Schema(s);
        var tables = new List<TableEntry>(rows.Tables.Count);
        var f = 0;
        foreach (var table in rows.Tables)
        {
            // Fields come ordered by table number, as the tables do; a field of a table that is not there is skipped.
            var fields = new List<FieldRow>();
            while (f < rows.Fields.Count && rows.Fields[f].TableNum < table.Num)
            {
                f++;
            }

            while (f < rows.Fields.Count && rows.Fields[f].TableNum == table.Num)
            {
                fields.Add(rows.Fields[f++].Copy());
            }

            tables.Add(new TableEntry(table.Copy(), fields));
        }

        return new SchemaSnapshot(tables);
    }

    /// <summary>
    /// Says that this snapshot, as the caller has edited it, is the whole schema the write leaves, so the session keeps it
    /// for the next call (see <see cref="WriteScope.PublishSchema"/>). Only for writes that keep every row here in step,
    /// and that edit none of its rows after this: the session shares them from here on.
    /// </summary>
    public void Publish(WriteScope s) =>
        s.PublishSchema(Tables.Select(e => e.Row).ToArray(), Tables.SelectMany(e => e.Fields).ToArray());

    public TableEntry? Find(TableId id) => Tables.Find(e => e.Row.Id == id.Value);

    public IReadOnlyList<Table> ToTables(DatabaseId databaseId) => Tables.Select(e => e.ToTable(databaseId)).ToArray();
}
