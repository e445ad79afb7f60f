namespace SoftrLite.Rest;

/// <summary>One endpoint: a method, a path pattern such as <c>databases/{databaseId}</c>, the access it needs and its handler.</summary>
internal sealed class Route(string method, string pattern, RouteAccess access, Func<RestCall, RestResponse> handler)
{
    private readonly string[] _segments = pattern.Split('/', StringSplitOptions.RemoveEmptyEntries);

    public string Method { get; } = method;

    public RouteAccess Access { get; } = access;

    public Func<RestCall, RestResponse> Handler { get; } = handler;

    /// <summary>Matches path segments, binding the <c>{name}</c> parts.</summary>
    public bool TryMatch(IReadOnlyList<string> segments, out Dictionary<string, string> parameters)
    {
        parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        if (segments.Count != _segments.Length)
        {
            return false;
        }

        for (var i = 0; i < _segments.Length; i++)
        {
            var pattern = _segments[i];
            if (pattern.StartsWith('{'))
            {
                parameters[pattern[1..^1]] = segments[i];
            }
            else if (!string.Equals(pattern, segments[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
