using SoftrLite.Errors;
using SoftrLite.Fields.Types;
using SoftrLite.Schema;
using SoftrLite.Storage.Rows;

namespace SoftrLite.Compiled;

/// <summary>An immutable model of a database's schema at one revision, shared by concurrent record calls.</summary>
internal sealed class DatabaseModel
{
    private readonly Dictionary<string, TableModel> _tables;

    private DatabaseModel(long revision, Dictionary<string, TableModel> tables)
    {
        Revision = revision;
        _tables = tables;
    }

    public long Revision { get; }

    public static DatabaseModel Build(DatabaseId databaseId, long revision, SchemaSnapshot schema, FieldTypeRegistry types)
    {
        var tables = new Dictionary<string, TableModel>(StringComparer.Ordinal);
        foreach (var entry in schema.Tables)
        {
            var table = entry.ToTable(databaseId);
            var fields = new FieldModel[entry.Fields.Count];
            var stored = 0;
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = Field(entry.Fields[i], table.Fields[i], types, i, stored);
                if (fields[i].HasColumn)
                {
                    stored++;
                }
            }

            tables[entry.Row.Id] = new TableModel(table, entry.Row.Num, fields);
        }

        return new DatabaseModel(revision, tables);
    }

    public TableModel Table(TableId id) => _tables.GetValueOrDefault(id.Value) ?? throw SoftrErrors.TableNotFound(id);

    public TableModel? FindTable(TableId id) => _tables.GetValueOrDefault(id.Value);

    public IEnumerable<TableModel> Tables => _tables.Values;

    /// <summary>
    /// A model of a table given only as its public definition, with no database behind it (for the standalone
    /// validators): columns numbered by position, links pointing at their linked table with no link table.
    /// </summary>
    public static TableModel Standalone(Table table, FieldTypeRegistry types)
    {
        var fields = new FieldModel[table.Fields.Count];
        var stored = 0;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = table.Fields[i];
            LinkModel? link = field.Type == FieldTypeNames.LinkedRecord && LinkedRecordType.LinkedTableIdOf(field.Options) is { } linked
                ? new LinkModel(0, true, new TableId(linked))
                : null;
            fields[i] = Field(field, types, i, link, i, stored);
            if (fields[i].HasColumn)
            {
                stored++;
            }
        }

        return new TableModel(table, 0, fields);
    }

    private static FieldModel Field(FieldRow row, Field field, FieldTypeRegistry types, int index, int storedSoFar)
    {
        LinkModel? link = null;
        if (row.LinkJunction is { } junction && LinkedRecordType.LinkedTableIdOf(field.Options) is { } linked)
        {
            link = new LinkModel(junction, row.LinkSide == 0, new TableId(linked));
        }

        return Field(field, types, row.Num, link, index, storedSoFar);
    }

    private static FieldModel Field(Field field, FieldTypeRegistry types, long num, LinkModel? link, int index, int storedSoFar)
    {
        var type = types.TryGet(field.Type, out var known) ? known : new UnregisteredFieldType(field.Type);
        var hasColumn = type.Storage != FieldStorage.None && type.SystemColumn == SystemColumn.None && link is null;
        return new FieldModel(field, type, type.Compile(field), num, link, index, hasColumn ? storedSoFar : -1);
    }
}
