using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using SoftrLite.Server;
using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Server;

[TestFixture]
public sealed partial class ServerTests
{
    [Test]
    public async Task StartAsync_listens_on_a_free_loopback_port_when_port_is_zero()
    {
        await using var client = await ServerClient.StartAsync();

        Assert.That(client.Server.Port, Is.GreaterThan(0));
        Assert.That(StartupLine().IsMatch(client.Server.StartupLine), Is.True, client.Server.StartupLine);
        Assert.That(client.Server.StartupLine, Does.EndWith($"(workspace {client.Server.WorkspaceId})"));
    }

    [Test]
    public async Task Api_answers_with_the_rest_layer_json_and_content_type()
    {
        await using var client = await ServerClient.StartAsync();

        using var response = await client.Http.GetAsync("api/v1/databases?limit=5");
        var body = await response.Content.ReadAsStringAsync();

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("application/json; charset=utf-8"));
        Assert.That(body, Is.EqualTo("""{"data":[],"metadata":{"offset":0,"limit":5,"total":0}}"""));
    }

    [Test]
    public async Task Api_refuses_a_body_over_the_limit_with_payload_too_large()
    {
        await using var client = await ServerClient.StartAsync(new SoftrServerOptions { MaxBodyBytes = 1000 });
        var big = $$"""{"name":"{{new string('x', 5000)}}"}""";

        var (status, body) = await client.SendAsync("POST", "api/v1/databases", big);

        Assert.That(status, Is.EqualTo(413));
        Assert.That(body.GetProperty("errorCode").GetString(), Is.EqualTo("PAYLOAD_TOO_LARGE"));
    }

    [Test]
    public async Task Api_refuses_a_chunked_body_over_the_limit_with_payload_too_large()
    {
        await using var client = await ServerClient.StartAsync(new SoftrServerOptions { MaxBodyBytes = 1000 });
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(new string('x', 5000))));
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/databases") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await client.Http.SendAsync(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(413));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("\"PAYLOAD_TOO_LARGE\""));
    }

    [Test]
    public async Task Head_answers_like_get_without_a_body()
    {
        await using var client = await ServerClient.StartAsync();

        using var response = await client.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "api/v1/databases"));

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(response.Content.Headers.ContentLength, Is.GreaterThan(0));
        Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.Empty);
    }

    [Test]
    public async Task Options_answers_a_preflight_with_cors_headers_when_an_origin_is_allowed()
    {
        await using var client = await ServerClient.StartAsync(new SoftrServerOptions { CorsOrigin = "http://localhost:3000" });
        using var request = new HttpRequestMessage(HttpMethod.Options, "api/v1/databases");
        request.Headers.Add("Origin", "http://localhost:3000");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "softr-api-key, content-type");

        using var response = await client.Http.SendAsync(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(204));
        Assert.That(response.Headers.GetValues("Access-Control-Allow-Origin"), Is.EqualTo(new[] { "http://localhost:3000" }));
        Assert.That(response.Headers.GetValues("Access-Control-Allow-Headers").Single(), Does.Contain("softr-api-key"));
    }

    [Test]
    public async Task Api_sends_no_cors_headers_when_cors_is_off()
    {
        await using var client = await ServerClient.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/databases");
        request.Headers.Add("Origin", "http://localhost:3000");

        using var response = await client.Http.SendAsync(request);

        Assert.That(response.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
    }

    [Test]
    public async Task Unknown_path_answers_resource_not_found_with_the_error_body()
    {
        await using var client = await ServerClient.StartAsync();

        var (status, body) = await client.SendAsync("GET", "nowhere");
        var (controlStatus, controlBody) = await client.SendAsync("GET", "_softrlite/nothing");

        Assert.That(status, Is.EqualTo(404));
        Assert.That(body.GetProperty("errorCode").GetString(), Is.EqualTo("RESOURCE_NOT_FOUND"));
        Assert.That(controlStatus, Is.EqualTo(404));
        Assert.That(controlBody.GetProperty("errorCode").GetString(), Is.EqualTo("RESOURCE_NOT_FOUND"));
    }

    [Test]
    public async Task StartAsync_throws_bad_request_when_the_host_is_not_loopback()
    {
        var start = () => SoftrServer.StartAsync(new SoftrServerOptions { Host = "0.0.0.0" });

        Assert.That(async () => await start(), SoftrThrows.Code(ErrorCode.BadRequest));
    }

    [Test]
    public async Task StartAsync_throws_io_exception_when_the_port_is_in_use()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        Assert.That(async () => await SoftrServer.StartAsync(new SoftrServerOptions { Port = port }), Throws.InstanceOf<IOException>());
    }

    [Test]
    public async Task StartAsync_makes_the_tokens_given_so_keys_are_checked()
    {
        await using var client = await ServerClient.StartAsync(new SoftrServerOptions { Tokens = [new ServerToken("s3cret", TokenAccess.ViewOnly)] });

        var (without, _) = await client.SendAsync("GET", "api/v1/databases");
        var (with, _) = await client.SendAsync("GET", "api/v1/databases", apiKey: "s3cret");
        var (write, body) = await client.SendAsync("POST", "api/v1/databases", $$"""{"workspaceId":"{{client.Server.WorkspaceId}}","name":"X"}""", "s3cret");

        Assert.That(without, Is.EqualTo(401));
        Assert.That(with, Is.EqualTo(200));
        Assert.That(write, Is.EqualTo(403));
        Assert.That(body.GetProperty("errorCode").GetString(), Is.EqualTo("FORBIDDEN"));
    }

    [GeneratedRegex(@"^softrlite listening on http://127\.0\.0\.1:\d+ \(workspace [0-9a-f-]{36}\)$")]
    private static partial Regex StartupLine();
}
