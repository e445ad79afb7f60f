using SoftrLite.Errors;

namespace SoftrLite.Rest;

/// <summary>The database, table, field and view endpoints: JSON in, typed calls, JSON out. No rules live here.</summary>
internal static class SchemaEndpoints
{
    private const string UntitledTable = "Untitled table";

    public static IEnumerable<Route> Routes() =>
    [
        new("GET", "databases", RouteAccess.Read, ListDatabases),
        new("POST", "databases", RouteAccess.WriteSchema, CreateDatabase),
        new("GET", "databases/{databaseId}", RouteAccess.Read, c => JsonOutput.Item(w => SchemaJson.Write(w, c.Engine.Databases.Get(c.DatabaseId)))),
        new("PUT", "databases/{databaseId}", RouteAccess.WriteSchema, UpdateDatabase),
        new("DELETE", "databases/{databaseId}", RouteAccess.WriteSchema, DeleteDatabase),
        new("GET", "databases/{databaseId}/tables", RouteAccess.Read, c => JsonOutput.List(c.Engine.Tables.List(c.DatabaseId, c.Query.Paging()), SchemaJson.Write)),
        new("POST", "databases/{databaseId}/tables", RouteAccess.WriteSchema, CreateTable),
        new("GET", "databases/{databaseId}/tables/{tableId}", RouteAccess.Read, c => JsonOutput.Item(w => SchemaJson.Write(w, c.Engine.Tables.Get(c.DatabaseId, c.TableId)))),
        new("PUT", "databases/{databaseId}/tables/{tableId}", RouteAccess.WriteSchema, UpdateTable),
        new("DELETE", "databases/{databaseId}/tables/{tableId}", RouteAccess.WriteSchema, DeleteTable),
        new("GET", "databases/{databaseId}/tables/{tableId}/views", RouteAccess.Read, c => JsonOutput.List(c.Engine.Views.List(c.DatabaseId, c.TableId, c.Query.Paging()), SchemaJson.Write)),
        new("POST", "databases/{databaseId}/tables/{tableId}/fields", RouteAccess.WriteSchema, AddField),
        new("GET", "databases/{databaseId}/tables/{tableId}/fields/{fieldId}", RouteAccess.Read, c => JsonOutput.Item(w => SchemaJson.Write(w, c.Engine.Fields.Get(c.DatabaseId, c.TableId, c.FieldId)))),
        new("PUT", "databases/{databaseId}/tables/{tableId}/fields/{fieldId}", RouteAccess.WriteSchema, UpdateField),
        new("DELETE", "databases/{databaseId}/tables/{tableId}/fields/{fieldId}", RouteAccess.WriteSchema, DeleteField),
    ];

    private static RestResponse ListDatabases(RestCall c) =>
        JsonOutput.List(c.Engine.Databases.List(c.Query.Paging(), c.Workspaces), SchemaJson.Write);

    private static RestResponse CreateDatabase(RestCall c)
    {
        var body = c.Body();
        var workspace = new WorkspaceId(body.RequiredString("workspaceId"));
        if (!c.Reaches(workspace))
        {
            throw SoftrErrors.WorkspaceNotFound(workspace);
        }

        var database = c.Engine.Databases.Create(workspace, body.RequiredString("name"), body.OptionalString("description"));
        return JsonOutput.Item(w => SchemaJson.Write(w, database));
    }

    private static RestResponse UpdateDatabase(RestCall c)
    {
        var body = c.Body();
        var database = c.Engine.Databases.Update(c.DatabaseId, body.OptionalString("name"), body.OptionalString("description", nullMeans: ""));
        return JsonOutput.Item(w => SchemaJson.Write(w, database));
    }

    private static RestResponse DeleteDatabase(RestCall c)
    {
        c.Engine.Databases.Delete(c.DatabaseId, Mode(c));
        return JsonOutput.NoContent();
    }

    private static RestResponse CreateTable(RestCall c)
    {
        var body = c.Body(optional: true);
        var table = new NewTable(body.OptionalString("name") ?? UntitledTable)
        {
            Description = body.OptionalString("description"),
            PrimaryFieldName = body.OptionalString("primaryFieldName"),
            Fields = body.OptionalArray("fields").Select(f => NewField(RequestBody.Of(f, "fields"))).ToArray(),
        };
        var created = c.Engine.Tables.Create(c.DatabaseId, table);
        return JsonOutput.Item(w => SchemaJson.Write(w, created));
    }

    private static RestResponse UpdateTable(RestCall c)
    {
        var body = c.Body();
        var table = c.Engine.Tables.Update(c.DatabaseId, c.TableId, body.OptionalString("name"), body.OptionalString("description", nullMeans: ""));
        return JsonOutput.Item(w => SchemaJson.Write(w, table));
    }

    private static RestResponse DeleteTable(RestCall c)
    {
        c.Engine.Tables.Delete(c.DatabaseId, c.TableId, Mode(c));
        return JsonOutput.NoContent();
    }

    private static RestResponse AddField(RestCall c)
    {
        var field = c.Engine.Fields.Add(c.DatabaseId, c.TableId, NewField(c.Body()));
        return JsonOutput.Item(w => SchemaJson.Write(w, field));
    }

    private static RestResponse UpdateField(RestCall c)
    {
        var body = c.Body();
        var changes = new FieldChanges
        {
            Name = body.OptionalString("name"),
            Type = body.OptionalString("type"),
            Description = body.OptionalString("description", nullMeans: ""),
            Options = body.OptionalElement("options"),
            AllowMultipleEntries = body.OptionalBool("allowMultipleEntries"),
            Required = body.OptionalBool("required"),
            Locked = body.OptionalBool("locked"),
            DefaultValue = body.OptionalString("defaultValue", nullMeans: ""),
            AiOptions = body.OptionalElement("aiOptions"),
        };
        var field = c.Engine.Fields.Update(c.DatabaseId, c.TableId, c.FieldId, changes);
        return JsonOutput.Item(w => SchemaJson.Write(w, field));
    }

    private static RestResponse DeleteField(RestCall c)
    {
        c.Engine.Fields.Delete(c.DatabaseId, c.TableId, c.FieldId);
        return JsonOutput.NoContent();
    }

    private static NewField NewField(RequestBody body) => new(body.RequiredString("name"), body.RequiredString("type"))
    {
        Options = body.OptionalElement("options"),
        Description = body.OptionalString("description"),
        AllowMultipleEntries = body.OptionalBool("allowMultipleEntries"),
        Required = body.OptionalBool("required") ?? false,
        Locked = body.OptionalBool("locked") ?? false,
        DefaultValue = body.OptionalString("defaultValue"),
        AiOptions = body.OptionalElement("aiOptions"),
    };

    private static DeleteMode Mode(RestCall c) => c.Query.Flag("force") ? DeleteMode.Force : DeleteMode.IfEmpty;
}
