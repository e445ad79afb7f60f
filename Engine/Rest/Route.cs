namespace SoftrLite.Rest;

/// <summary>One endpoint: a method, a path pattern such as <c>databases/{databaseId}</c>, the access it needs and its handler.</summary>
internal sealed class Route(string method, string pattern, RouteAccess access, Func<RestCall, RestResponse> handler)
{
    private readonly string[] _segments = pattern.Split('/', StringSplitOptions.RemoveEmptyEntries);
    private readonly string?[] _names = pattern.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => s.StartsWith('{') ? s[1..^1] : null).ToArray();

    public string Method { get; } = method;

    public RouteAccess Access { get; } = access;

    public Func<RestCall, RestResponse> Handler { get; } = handler;

    /// <summary>Matches path segments, binding the <c>{name}</c> parts (the binding is made only for the route that matches).</summary>
    public bool TryMatch(IReadOnlyList<string> segments, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Dictionary<string, string>? parameters)
    {
        parameters = null;
        if (segments.Count != _segments.Length)
        {
            return false;
        }

        for (var i = 0; i < _segments.Length; i++)
        {
            var pattern = _segments[i];
            if (_names[i] is null && !string.Equals(pattern, segments[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < _segments.Length; i++)
        {
            if (_names[i] is { } name)
            {
                parameters[name] = segments[i];
            }
        }

        return true;
    }
}
