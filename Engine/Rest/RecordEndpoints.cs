using System.Text.Json;
using SoftrLite.Errors;

namespace SoftrLite.Rest;

/// <summary>The record endpoints: JSON in, typed calls, JSON out.</summary>
internal static class RecordEndpoints
{
    private const string Records = "databases/{databaseId}/tables/{tableId}/records";

    public static IEnumerable<Route> Routes() =>
    [
        new("GET", Records, RouteAccess.Read, List),
        new("POST", Records, RouteAccess.WriteData, Create),
        new("POST", Records + "/search", RouteAccess.Read, Search),
        new("GET", Records + "/{recordId}", RouteAccess.Read, Get),
        new("PATCH", Records + "/{recordId}", RouteAccess.WriteData, Update),
        new("PUT", Records + "/{recordId}", RouteAccess.WriteData, Update),
        new("DELETE", Records + "/{recordId}", RouteAccess.WriteData, Delete),
    ];

    private static RestResponse List(RestCall c)
    {
        var viewId = c.Query["viewId"] is { } id ? new ViewId(id) : (ViewId?)null;
        var fieldNames = c.Query.Flag("fieldNames");
        return c.Engine.Records.List(c.DatabaseId, c.TableId, c.Query.Paging(), viewId, (table, page) => JsonOutput.List(page, new RecordJson(table, fieldNames).Write));
    }

    private static RestResponse Search(RestCall c)
    {
        var body = c.Body(optional: true);
        var fieldNames = c.Query.Flag("fieldNames");
        return c.Engine.Records.Search(c.DatabaseId, c.TableId, SearchRequestJson.Parse(body), (table, page) => JsonOutput.List(page, new RecordJson(table, fieldNames).Write));
    }

    private static RestResponse Get(RestCall c)
    {
        // One read: the record, and its JSON written by the table of the same snapshot.
        var fieldNames = c.Query.Flag("fieldNames");
        return c.Engine.Records.Get(c.DatabaseId, c.TableId, c.RecordId, (table, record) => JsonOutput.Item(w => new RecordJson(table, fieldNames).Write(w, record)));
    }

    // The query is read before the write: a malformed fieldNames must refuse the call, not fail after a commit.
    private static RestResponse Create(RestCall c)
    {
        var fieldNames = c.Query.Flag("fieldNames");
        return c.Engine.Records.Create(c.DatabaseId, c.TableId, Fields(c.Body(optional: true)), (table, record) => Item(table, record, fieldNames));
    }

    private static RestResponse Update(RestCall c)
    {
        var fieldNames = c.Query.Flag("fieldNames");
        return c.Engine.Records.Update(c.DatabaseId, c.TableId, c.RecordId, Fields(c.Body()), (table, record) => Item(table, record, fieldNames));
    }

    private static RestResponse Delete(RestCall c)
    {
        c.Engine.Records.Delete(c.DatabaseId, c.TableId, c.RecordId);
        return JsonOutput.NoContent();
    }

    // The response of a write is built inside its transaction (see RecordOperations), from the table the write saw.
    private static RestResponse Item(Table table, Record record, bool fieldNames) => JsonOutput.Item(w => new RecordJson(table, fieldNames).Write(w, record));

    private static Dictionary<string, object?> Fields(RequestBody body)
    {
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (body.OptionalElement("fields") is not { } element || element.ValueKind == JsonValueKind.Null)
        {
            return fields;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw SoftrErrors.PropertyWrongKind("fields", "an object of field IDs (or names) to values", element);
        }

        foreach (var property in element.EnumerateObject())
        {
            fields[property.Name] = property.Value;
        }

        return fields;
    }
}
