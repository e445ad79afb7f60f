namespace SoftrLite.Rest;

/// <summary>A request in the cloud API's terms.</summary>
/// <param name="Method">The HTTP method, e.g. <c>GET</c>.</param>
/// <param name="PathAndQuery">The path after <c>/api/v1</c> with its query, e.g. <c>/databases?limit=5</c>.</param>
/// <param name="Body">The JSON body, if any.</param>
/// <param name="ApiKey">The value of the <c>Softr-Api-Key</c> header, if any.</param>
public sealed record RestRequest(string Method, string PathAndQuery, string? Body = null, string? ApiKey = null);
