namespace SoftrLite.Tests.Fuzz;

/// <summary>One generated request, with placeholders (<c>§kind index§</c>) that <see cref="FuzzWorld"/> resolves.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path and query, with placeholders.</param>
/// <param name="Body">The body, with placeholders; <see langword="null"/> for none.</param>
internal sealed record FuzzRequest(string Method, string Path, string? Body)
{
    /// <summary>Whether the request may change data (a search is a read).</summary>
    public bool IsWrite => Method is not ("GET" or "get" or "HEAD") && !Path.Contains("/records/search", StringComparison.Ordinal);

    public override string ToString() => $"{Method} {Path} {(Body is { Length: > 300 } b ? b[..300] + "…" : Body)}";
}
