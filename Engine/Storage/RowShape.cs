using System.Text;

namespace SoftrLite.Storage;

/// <summary>
/// The columns a record read or write of one table uses: the system columns and the stored fields' columns in a fixed
/// order. The statements of the shape are built once and reused for as long as the shape lives (one compiled schema).
/// </summary>
internal sealed class RowShape
{
    private string? _selectList;
    private string? _byId;
    private string? _insert;
    private SqlDialect? _insertDialect;
    private string? _byIdWithRevision;

    public RowShape(long table, IReadOnlyList<long> columns, IReadOnlyList<FieldStorage> storages)
    {
        Table = table;
        Columns = columns;
        Storages = storages;
    }

    /// <summary>How each column of <see cref="Columns"/> keeps its values (the parameters of a write are typed by it).</summary>
    public IReadOnlyList<FieldStorage> Storages { get; }

    /// <summary>The table's number.</summary>
    public long Table { get; }

    /// <summary>The numbers of the stored fields' columns, in the order rows are read and written.</summary>
    public IReadOnlyList<long> Columns { get; }

    /// <summary>The select list of a row: system columns, then <c>f{n}</c> for each stored field.</summary>
    public string SelectList => _selectList ??= BuildSelectList();

    internal string ById => _byId ??= $"SELECT {SelectList} FROM {SqlNames.DataTable(Table)} WHERE _id = @id";

    internal string Insert(SqlDialect dialect)
    {
        if (_insert is null || _insertDialect != dialect)
        {
            _insert = dialect.InsertReturningKey(BuildInsert(), "_rk");
            _insertDialect = dialect;
        }

        return _insert;
    }

    // One row always: the schema revision, then the record's columns (NULL when there is no such record).
    internal string ByIdWithRevision => _byIdWithRevision ??=
        $"SELECT r.value, {string.Join(", ", SelectList.Split(", ").Select(c => "x." + c))} FROM (SELECT value FROM _meta WHERE key = 'schema_rev') r LEFT JOIN {SqlNames.DataTable(Table)} x ON x._id = @id";

    private string BuildSelectList()
    {
        var sql = new StringBuilder(StoredRow.SystemColumns);
        foreach (var column in Columns)
        {
            sql.Append(", ").Append(SqlNames.Column(column));
        }

        return sql.ToString();
    }

    private string BuildInsert()
    {
        var names = new StringBuilder("_id, _created_at, _updated_at, _created_by, _updated_by, _autonumber");
        var values = new StringBuilder("@id, @created_at, @updated_at, @created_by, @updated_by, @autonumber");
        for (var i = 0; i < Columns.Count; i++)
        {
            names.Append(", ").Append(SqlNames.Column(Columns[i]));
            values.Append(", @c").Append(i);
        }

        return $"INSERT INTO {SqlNames.DataTable(Table)}({names}) VALUES ({values})";
    }
}
