using SoftrLite.Errors;
using SoftrLite.Schema;
using SoftrLite.Storage;

namespace SoftrLite;

/// <summary>Views of a table. Every table has a default view; the REST API can only read them.</summary>
public sealed class ViewOperations
{
    private readonly TableOperations _tables;

    internal ViewOperations(TableOperations tables) => _tables = tables;

    /// <summary>Lists a table's views in creation order.</summary>
    /// <exception cref="SoftrException">
    /// <see cref="ErrorCode.BadRequest"/> for a negative offset or limit; <see cref="ErrorCode.ResourceNotFound"/> for an unknown database or table.
    /// </exception>
    public Page<View> List(DatabaseId databaseId, TableId tableId, Paging? paging = null)
    {
        var page = PagingRules.Validate(paging);
        return _tables.Store(databaseId).Read(c =>
        {
            var table = DatabaseStore.GetTable(c, tableId) ?? throw SoftrErrors.TableNotFound(tableId);
            var views = DatabaseStore.ListViews(c, table.Num, page.Offset, page.EffectiveLimit).Select(v => v.ToView(tableId)).ToArray();
            return new Page<View>(views, page.Offset, page.EffectiveLimit, DatabaseStore.CountViews(c, table.Num));
        });
    }

    /// <summary>Gets a view.</summary>
    /// <exception cref="SoftrException"><see cref="ErrorCode.ResourceNotFound"/> for an unknown database, table or view.</exception>
    public View Get(DatabaseId databaseId, TableId tableId, ViewId viewId) =>
        _tables.Store(databaseId).Read(c =>
        {
            var table = DatabaseStore.GetTable(c, tableId) ?? throw SoftrErrors.TableNotFound(tableId);
            return (DatabaseStore.GetView(c, table.Num, viewId) ?? throw SoftrErrors.ViewNotFound(viewId)).ToView(tableId);
        });
}
