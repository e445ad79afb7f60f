using SoftrLite.Compiled;
using SoftrLite.Storage;

namespace SoftrLite.Query;

/// <summary>A search built into SQL: the page of rows and the matching total, both inside SQLite.</summary>
internal sealed class SearchCommand
{
    private readonly string _where;
    private readonly string _orderBy;
    private readonly SqlParameters _parameters;
    private readonly long _table;

    public SearchCommand(DatabaseModel model, TableModel table, RecordQuery query, DateValues dates, IReadOnlyList<Collaborator> collaborators, SqlDialect dialect, IReadOnlyDictionary<FieldId, string>? expressions = null)
    {
        _parameters = new SqlParameters(dialect);
        _table = table.Num;
        _where = new SqlFilterBuilder(model, table, dates, collaborators, _parameters, expressions).Build(query.Filter);
        _orderBy = SqlSortBuilder.Build(table, query.Sort, _parameters, expressions);
        OrdersByRowKey = query.Sort.Count == 0;
        Filtered = query.Filter is not null;
        FilterSignature = $"{table.Id}|{_where}|{_parameters.Signature()}";
        Signature = $"{FilterSignature}|{_orderBy}";
    }

    /// <summary>Names the table, filter and its values: equal signatures select the same rows.</summary>
    public string FilterSignature { get; }

    /// <summary>Names the table, filter, values and order: equal signatures select the same rows in the same order.</summary>
    public string Signature { get; }

    /// <summary>Whether the order is creation order (the row key).</summary>
    public bool OrdersByRowKey { get; }

    public bool Filtered { get; }

    /// <summary>Every matching row key, in order.</summary>
    public long[] Keys(ReadScope s) =>
        [.. s.Rows(
            _parameters.Statement($"SELECT {FilterTarget.TableAlias}._rk FROM {SqlNames.DataTable(_table)} AS {FilterTarget.TableAlias} WHERE {_where} ORDER BY {_orderBy}"),
            reader => reader.GetInt64(0))];

    /// <summary>The matching rows whose keys lie between two keys of the ordered key list (creation order only).</summary>
    public SqlStatement RowKeyRange(RowShape shape, long first, long last, bool withRevisions = false) =>
        _parameters.Statement(
            $"SELECT {Lead(withRevisions)}{shape.SelectList} FROM {SqlNames.DataTable(_table)} AS {FilterTarget.TableAlias} WHERE {FilterTarget.TableAlias}._rk BETWEEN @first AND @last AND {_where} ORDER BY {FilterTarget.TableAlias}._rk",
            new("@first", first),
            new("@last", last));

    /// <summary>
    /// A page of matching rows, in order. <paramref name="withRevisions"/> leads each row with the schema and the data
    /// revisions (read once, in the statement's own snapshot), so that one statement outside a transaction can tell
    /// whether a cached schema and total still hold; as in <see cref="RowKeyRange"/>.
    /// </summary>
    public SqlStatement Page(RowShape shape, int offset, int limit, bool withRevisions = false) =>
        _parameters.Statement(
            $"SELECT {Lead(withRevisions)}{shape.SelectList} FROM {SqlNames.DataTable(_table)} AS {FilterTarget.TableAlias} WHERE {_where} ORDER BY {_orderBy} LIMIT @limit OFFSET @offset",
            new("@limit", limit),
            new("@offset", offset)) with { ExpectedRows = limit };

    private static string Lead(bool withRevisions) => withRevisions
        ? "(SELECT value FROM _meta WHERE key = 'schema_rev'), (SELECT value FROM _meta WHERE key = 'data_rev'), "
        : string.Empty;

    /// <summary>How many rows match.</summary>
    public long Count(ReadScope s) =>
        s.Count(_parameters.Statement($"SELECT count(*) FROM {SqlNames.DataTable(_table)} AS {FilterTarget.TableAlias} WHERE {_where}"));
}
