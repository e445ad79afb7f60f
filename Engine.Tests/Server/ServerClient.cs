using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SoftrLite.Server;

namespace SoftrLite.Tests.Server;

/// <summary>A server started on port 0 for one test, with an HTTP client pointed at it.</summary>
internal sealed class ServerClient : IAsyncDisposable
{
    private ServerClient(SoftrServer server)
    {
        Server = server;
        Http = new HttpClient { BaseAddress = server.BaseAddress };
    }

    public SoftrServer Server { get; }

    public HttpClient Http { get; }

    public static async Task<ServerClient> StartAsync(SoftrServerOptions? options = null) =>
        new(await SoftrServer.StartAsync(options ?? new SoftrServerOptions()));

    public async Task<(int Status, JsonElement Body)> SendAsync(string method, string path, string? body = null, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }

        if (apiKey is not null)
        {
            request.Headers.Add("Softr-Api-Key", apiKey);
        }

        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? default : JsonElement.Parse(text));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
