using System.Text.Json;
using SoftrLite.Rest;
using SoftrLite.Tests.Contract;

namespace SoftrLite.Tests.Rest;

/// <summary>A small client over <see cref="RestApi"/> for tests: sends requests (checked against the OpenAPI document by <see cref="ValidatingRestApi"/>) and parses bodies.</summary>
internal sealed class RestTestClient(SoftrEngine engine, RestApiOptions? options = null)
{
    private readonly ValidatingRestApi _api = new(engine, options);

    public string? ApiKey { get; set; }

    public RestResponse Send(string method, string path, string? body = null) =>
        _api.Send(new RestRequest(method, path, body, ApiKey));

    public JsonElement Json(string method, string path, string? body = null)
    {
        var response = Send(method, path, body);
        return JsonElement.Parse(response.Body ?? "null");
    }

    public static string ErrorCode(RestResponse response) => JsonElement.Parse(response.Body!).GetProperty("errorCode").GetString()!;
}
