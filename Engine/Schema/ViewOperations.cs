using SoftrLite.Errors;
using SoftrLite.Query;
using SoftrLite.Compiled;
using SoftrLite.Schema;
using SoftrLite.Storage;
using SoftrLite.Storage.Rows;

namespace SoftrLite;

/// <summary>Views of a table: a saved filter and sort. Every table has a default view; the REST API can only read them.</summary>
public sealed class ViewOperations
{
    private readonly EngineContext _context;
    private readonly TableOperations _tables;

    internal ViewOperations(EngineContext context, TableOperations tables)
    {
        _context = context;
        _tables = tables;
    }

    /// <summary>Lists a table's views in creation order.</summary>
    /// <exception cref="SoftrException">
    /// <see cref="ErrorCode.BadRequest"/> for a negative offset or limit; <see cref="ErrorCode.ResourceNotFound"/> for an unknown database or table.
    /// </exception>
    public Page<View> List(DatabaseId databaseId, TableId tableId, Paging? paging = null)
    {
        var page = PagingRules.Validate(paging);
        return _tables.Store(databaseId).Read(s =>
        {
            var table = DatabaseStore.GetTable(s, tableId) ?? throw SoftrErrors.TableNotFound(tableId);
            var views = DatabaseStore.ListViews(s, table.Num, page.Offset, page.EffectiveLimit).Select(v => ToView(v, tableId)).ToArray();
            return new Page<View>(views, page.Offset, page.EffectiveLimit, DatabaseStore.CountViews(s, table.Num));
        });
    }

    /// <summary>Gets a view with its saved filter and sort.</summary>
    /// <exception cref="SoftrException"><see cref="ErrorCode.ResourceNotFound"/> for an unknown database, table or view.</exception>
    public View Get(DatabaseId databaseId, TableId tableId, ViewId viewId) =>
        _tables.Store(databaseId).Read(s =>
        {
            var table = DatabaseStore.GetTable(s, tableId) ?? throw SoftrErrors.TableNotFound(tableId);
            return ToView(DatabaseStore.GetView(s, table.Num, viewId) ?? throw SoftrErrors.ViewNotFound(viewId), tableId);
        });

    /// <summary>Creates a view; its filter and sort are checked against the table now.</summary>
    /// <exception cref="SoftrException">
    /// <see cref="ErrorCode.BadRequest"/> for an invalid name or a malformed filter or sort; <see cref="ErrorCode.UnknownField"/> for a field
    /// they name that does not exist; <see cref="ErrorCode.ResourceNotFound"/> for an unknown database or table.
    /// </exception>
    public View Create(DatabaseId databaseId, TableId tableId, NewView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var name = Names.Normalize(view.Name, "view");
        return _tables.Store(databaseId).Write(s =>
        {
            var schema = SchemaSnapshot.Load(s);
            var table = TableOperations.Entry(schema, tableId);
            var stored = Timestamps.ToStored(_context.Now());
            var row = new ViewRow
            {
                TableNum = table.Row.Num,
                Id = NewViewId(s),
                Name = name,
                Description = Names.Description(view.Description),
                CreatedAt = stored,
                UpdatedAt = stored,
            };
            SetQuery(row, databaseId, schema, tableId, view.Filter, view.Sort);
            DatabaseStore.InsertView(s, row);
            _context.FailPoint("view.create");
            return ToView(row, tableId);
        });
    }

    /// <summary>Changes a view's name, description, filter or sort.</summary>
    /// <exception cref="SoftrException">As <see cref="Create"/>, and <see cref="ErrorCode.ResourceNotFound"/> for an unknown view.</exception>
    public View Update(DatabaseId databaseId, TableId tableId, ViewId viewId, ViewChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var name = changes.Name is null ? null : Names.Normalize(changes.Name, "view");
        return _tables.Store(databaseId).Write(s =>
        {
            var schema = SchemaSnapshot.Load(s);
            var table = TableOperations.Entry(schema, tableId);
            var row = DatabaseStore.GetView(s, table.Row.Num, viewId) ?? throw SoftrErrors.ViewNotFound(viewId);
            var current = ToView(row, tableId);
            row.Name = name ?? row.Name;
            row.Description = changes.Description is null ? row.Description : Names.Description(changes.Description);
            row.UpdatedAt = Timestamps.ToStored(_context.Now());
            SetQuery(row, databaseId, schema, tableId, changes.Filter ?? current.Filter, changes.Sort ?? current.Sort);
            DatabaseStore.UpdateView(s, row);
            _context.FailPoint("view.update");
            return ToView(row, tableId);
        });
    }

    /// <summary>Deletes a view. The table's default view cannot be deleted.</summary>
    /// <exception cref="SoftrException">
    /// <see cref="ErrorCode.BadRequest"/> for the default view; <see cref="ErrorCode.ResourceNotFound"/> for an unknown database, table or view.
    /// </exception>
    public void Delete(DatabaseId databaseId, TableId tableId, ViewId viewId) =>
        _tables.Store(databaseId).Write(s =>
        {
            var table = TableOperations.Entry(SchemaSnapshot.Load(s), tableId);
            var row = DatabaseStore.GetView(s, table.Row.Num, viewId) ?? throw SoftrErrors.ViewNotFound(viewId);
            if (row.Id == table.Row.DefaultViewId)
            {
                throw SoftrErrors.DefaultViewDelete(viewId);
            }

            DatabaseStore.DeleteView(s, row.Num);
            return 0;
        });

    // The filter and sort are translated once now, so a view that cannot run is refused when it is saved.
    private void SetQuery(ViewRow row, DatabaseId databaseId, SchemaSnapshot schema, TableId tableId, FilterCondition? filter, IReadOnlyList<SortKey> sort)
    {
        var empty = filter is null || (filter.Operator == FilterOperator.And && filter.Conditions.Count == 0);
        var model = DatabaseModel.Build(databaseId, 0, schema, _context.FieldTypes);
        var table = model.Table(tableId);
        var query = new RecordQuery { Filter = empty ? null : filter, Sort = sort };
        _ = new SearchCommand(model, table, query, new DateValues(_context.Now(), _context.Options.TimeZone), [], _context.Store(databaseId).Dialect);

        // Saved by field ID, so renaming a field keeps the view working (and never rebinds it to another field).
        row.Filter = empty ? null : FilterJson.Write(ById(filter!, table));
        row.Sorting = sort.Count == 0 ? null : FilterJson.Write(sort.Select(k => k with { Field = Key(table, k.Field) }).ToArray());
    }

    private static FilterCondition ById(FilterCondition condition, TableModel table) => condition with
    {
        LeftSide = condition.LeftSide is { } key ? Key(table, key) : null,
        Conditions = condition.Conditions.Select(c => ById(c, table)).ToArray(),
    };

    private static string Key(TableModel table, string key) => FilterTarget.FieldOf(table, key)?.Id.Value ?? key;

    private static View ToView(ViewRow row, TableId tableId) => row.ToView(tableId) with
    {
        Filter = row.Filter is null ? null : FilterJson.ParseCondition(System.Text.Json.JsonElement.Parse(row.Filter)),
        Sort = row.Sorting is null ? [] : FilterJson.ParseSort(System.Text.Json.JsonElement.Parse(row.Sorting)),
    };

    private string NewViewId(WriteScope s)
    {
        string id;
        do
        {
            id = _context.Ids.NewLongId();
        }
        while (DatabaseStore.ViewIdTaken(s, id));

        return id;
    }
}
