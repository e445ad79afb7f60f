namespace SoftrLite.Rest;

/// <summary>One request after routing: its path parameters, query, body and the caller's token.</summary>
internal sealed class RestCall(
    SoftrEngine engine,
    IReadOnlyDictionary<string, string> parameters,
    QueryString query,
    string? body,
    AccessToken? token)
{
    public SoftrEngine Engine { get; } = engine;

    public QueryString Query { get; } = query;

    public AccessToken? Token { get; } = token;

    public DatabaseId DatabaseId => new(parameters["databaseId"]);

    public TableId TableId => new(parameters["tableId"]);

    public FieldId FieldId => new(parameters["fieldId"]);

    public RecordId RecordId => new(parameters["recordId"]);

    public RequestBody Body(bool optional = false) => RequestBody.Parse(body, optional);

    /// <summary>The workspaces the caller may reach; <see langword="null"/> when keys are not checked.</summary>
    public IReadOnlyCollection<WorkspaceId>? Workspaces => Token?.Workspaces.ToArray();

    /// <summary>Whether this caller may use the workspace (no token: always).</summary>
    public bool Reaches(WorkspaceId workspace) => Token is null || Token.Workspaces.Contains(workspace);
}
