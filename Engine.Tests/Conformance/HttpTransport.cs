using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SoftrLite.Rest;
using SoftrLite.Tests.Contract;

namespace SoftrLite.Tests.Conformance;

/// <summary>
/// The conformance environment over HTTP: a running <c>softrlite serve</c> reset with the runner's ID seed and clock
/// (<c>POST /_softrlite/reset</c>), tokens made with <c>POST /_softrlite/tokens</c>, requests sent to <c>/api/v1</c>; every
/// response is checked against the cloud's OpenAPI document, as in process.
/// </summary>
internal sealed class HttpTransport : IRestTransport
{
    private readonly HttpClient _client;

    private HttpTransport(HttpClient client, string workspaceId)
    {
        _client = client;
        WorkspaceId = workspaceId;
    }

    public string Name => "the HTTP server";

    public string WorkspaceId { get; }

    /// <summary>Resets the server at <paramref name="client"/>'s base address to the conformance environment.</summary>
    public static async Task<HttpTransport> ResetAsync(HttpClient client, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["idSeed"] = ConformanceRunner.IdSeed,
            ["clock"] = new JsonObject
            {
                ["start"] = ConformanceRunner.ClockStart.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                ["stepMs"] = (long)ConformanceRunner.Tick.TotalMilliseconds,
            },
        };
        var answer = await PostAsync(client, "_softrlite/reset", body, cancellationToken).ConfigureAwait(false);
        return new HttpTransport(client, answer.GetProperty("workspaceId").GetString()!);
    }

    public async Task<string> CreateTokenAsync(string name, TokenAccess access, IReadOnlyList<WorkspaceId> workspaces, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["name"] = name,
            ["access"] = access switch
            {
                TokenAccess.Full => "FULL",
                TokenAccess.EditData => "EDIT_DATA",
                _ => "VIEW_ONLY",
            },
            ["workspaces"] = new JsonArray(workspaces.Select(w => (JsonNode)w.Value).ToArray()),
        };
        var answer = await PostAsync(_client, "_softrlite/tokens", body, cancellationToken).ConfigureAwait(false);
        return answer.GetProperty("secret").GetString()!;
    }

    public async Task<RestResponse> SendAsync(RestRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), "api/v1" + request.PathAndQuery);
        if (request.Body is { } body)
        {
            message.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        if (request.ApiKey is { } apiKey)
        {
            message.Headers.TryAddWithoutValidation("Softr-Api-Key", apiKey);
        }

        using var response = await _client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var answer = new RestResponse((int)response.StatusCode, text.Length == 0 ? null : text);
        ValidatingRestApi.Verify(request, answer);
        return answer;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, JsonObject body, CancellationToken cancellationToken)
    {
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        using var response = await client.PostAsync(path, content, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return response.IsSuccessStatusCode
            ? JsonElement.Parse(text)
            : throw new InvalidDataException($"POST /{path} answered {(int)response.StatusCode}: {text}");
    }
}
