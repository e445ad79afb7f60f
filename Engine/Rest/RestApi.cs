using System.Text;
using SoftrLite.Errors;

namespace SoftrLite.Rest;

/// <summary>
/// Answers the cloud API's requests with the cloud API's JSON, over an engine. Paths are those after
/// <c>/api/v1</c>. A <see cref="SoftrException"/> becomes the API's error body; any other exception is a
/// bug and is thrown to the caller.
/// </summary>
public sealed class RestApi
{
    private const string ApiPrefix = "/api/v1";
    private readonly SoftrEngine _engine;
    private readonly RestApiOptions _options;
    private readonly Route[] _routes;
    private readonly RateLimiter _limiter;

    /// <summary>Creates the REST layer over an engine.</summary>
    public RestApi(SoftrEngine engine, RestApiOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _engine = engine;
        _options = options ?? RestApiOptions.Default;
        _routes = [.. SchemaEndpoints.Routes(), .. RecordEndpoints.Routes()];
        _limiter = new RateLimiter(_options.RateLimits, () => engine.Options.TimeProvider);
    }

    /// <summary>Answers one request. Completes synchronously: SQLite I/O is synchronous.</summary>
    public Task<RestResponse> SendAsync(RestRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return Task.FromResult(Dispatch(request));
        }
        catch (SoftrException error)
        {
            return Task.FromResult(JsonOutput.Error(error));
        }
    }

    private RestResponse Dispatch(RestRequest request)
    {
        var method = request.Method.ToUpperInvariant();
        var (path, query) = Split(request.PathAndQuery);
        if (request.Body is { } body && Encoding.UTF8.GetByteCount(body) is var size && size > _options.MaxBodyBytes)
        {
            throw SoftrErrors.PayloadTooLarge(size, _options.MaxBodyBytes);
        }

        var token = Authenticate(request.ApiKey);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        foreach (var route in _routes)
        {
            if (route.Method == method && route.TryMatch(segments, out var parameters))
            {
                var call = new RestCall(_engine, parameters, QueryString.Parse(query), request.Body, token);
                Authorize(call, route, parameters);
                _limiter.Check(token?.Id.Value ?? string.Empty, route.Access != RouteAccess.Read);
                return route.Handler(call);
            }
        }

        throw SoftrErrors.RouteNotFound(method, path);
    }

    private AccessToken? Authenticate(string? apiKey)
    {
        if (!_engine.Tokens.Any())
        {
            return null;
        }

        if (string.IsNullOrEmpty(apiKey))
        {
            throw SoftrErrors.MissingApiKey();
        }

        return _engine.Tokens.FindBySecret(apiKey) ?? throw SoftrErrors.InvalidApiKey();
    }

    private void Authorize(RestCall call, Route route, Dictionary<string, string> parameters)
    {
        if (call.Token is not { } token)
        {
            return;
        }

        // A database outside the token's workspaces is reported missing, so its existence is not revealed.
        if (parameters.TryGetValue("databaseId", out var databaseId))
        {
            var database = new DatabaseId(databaseId);
            if (!call.Reaches(_engine.Databases.Get(database).WorkspaceId))
            {
                throw SoftrErrors.DatabaseNotFound(database);
            }
        }

        var allowed = route.Access switch
        {
            RouteAccess.Read => true,
            RouteAccess.WriteData => token.Access is TokenAccess.EditData or TokenAccess.Full,
            _ => token.Access is TokenAccess.Full,
        };
        if (!allowed)
        {
            throw SoftrErrors.Forbidden(token.Access.ToString(), route.Access == RouteAccess.WriteData ? "edit-data or full access" : "full access");
        }
    }

    private static (string Path, string Query) Split(string pathAndQuery)
    {
        var question = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? pathAndQuery : pathAndQuery[..question];
        var query = question < 0 ? string.Empty : pathAndQuery[(question + 1)..];
        if (path.StartsWith(ApiPrefix, StringComparison.Ordinal))
        {
            path = path[ApiPrefix.Length..];
        }

        return (path, query);
    }
}
