using Microsoft.Data.Sqlite;
using SoftrLite.Records.Model;
using SoftrLite.Storage;

namespace SoftrLite.Query;

/// <summary>A search built into SQL: the page of rows and the matching total, both inside SQLite.</summary>
internal sealed class SearchCommand
{
    private readonly string _where;
    private readonly string _orderBy;
    private readonly SqlParameters _parameters = new();
    private readonly long _table;

    public SearchCommand(DatabaseModel model, TableModel table, RecordQuery query, DateValues dates, IReadOnlyList<Collaborator> collaborators)
    {
        _table = table.Num;
        _where = new SqlFilterBuilder(model, table, dates, collaborators, _parameters).Build(query.Filter);
        _orderBy = SqlSortBuilder.Build(table, query.Sort, _parameters);
    }

    public SqliteCommand Page(SqliteConnection c, IReadOnlyList<long> columns, int offset, int limit)
    {
        var command = c.CreateCommand();
        command.CommandText =
            $"SELECT {RecordStore.SelectList(columns)} FROM {SqlNames.DataTable(_table)} AS {FilterTarget.TableAlias} WHERE {_where} ORDER BY {_orderBy} LIMIT @limit OFFSET @offset";
        _parameters.AddTo(command);
        command.Parameters.AddWithValue("@limit", limit);
        command.Parameters.AddWithValue("@offset", offset);
        return command;
    }

    public long Count(SqliteConnection c)
    {
        using var command = c.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {SqlNames.DataTable(_table)} AS {FilterTarget.TableAlias} WHERE {_where}";
        _parameters.AddTo(command);
        return (long)command.ExecuteScalar()!;
    }
}
