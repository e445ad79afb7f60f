using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SoftrLite.Tests.Postgres;

/// <summary>
/// A real <c>softrlite serve</c> process (the built CLI, on loopback, port 0), with an HTTP client pointed at it; it is
/// killed when disposed, pass or fail.
/// </summary>
internal sealed partial class ServeProcess : IDisposable
{
    private readonly Process _process;

    private ServeProcess(Process process, string baseUrl, string workspaceId, string? dataLine)
    {
        _process = process;
        Http = new HttpClient { BaseAddress = new Uri(baseUrl + "/") };
        WorkspaceId = workspaceId;
        DataLine = dataLine;
    }

    /// <summary>A client for the server's root.</summary>
    public HttpClient Http { get; }

    /// <summary>The default workspace's ID, from the startup line.</summary>
    public string WorkspaceId { get; }

    /// <summary>The line after the startup line that says where the data is (on PostgreSQL).</summary>
    public string? DataLine { get; }

    /// <summary>The API key sent with every request, once set.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Starts <c>softrlite serve --port 0 --quiet</c> with <paramref name="arguments"/> and waits for its startup line.</summary>
    public static ServeProcess Start(params string[] arguments)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "SoftrLite.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { cli, "serve", "--port", "0", "--quiet" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("softrlite serve did not start.");
        try
        {
            var line = ReadLine(process) ?? throw new InvalidOperationException("softrlite serve ended: " + process.StandardError.ReadToEnd());
            var match = StartupLine().Match(line);
            if (!match.Success)
            {
                throw new InvalidOperationException("unexpected startup line: " + line);
            }

            var data = arguments.Contains("--postgres") ? ReadLine(process) : null;
            return new ServeProcess(process, match.Groups[1].Value, match.Groups[2].Value, data);
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Sends a request (with <see cref="ApiKey"/>) and reads the JSON answer.</summary>
    public async Task<(int Status, JsonElement Body)> SendAsync(string method, string path, string? body = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }

        if (ApiKey is not null)
        {
            request.Headers.Add("Softr-Api-Key", ApiKey);
        }

        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? default : JsonElement.Parse(text));
    }

    public void Dispose()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    private static string? ReadLine(Process process)
    {
        var read = process.StandardOutput.ReadLineAsync();
        return read.Wait(TimeSpan.FromSeconds(60)) ? read.Result : throw new InvalidOperationException("softrlite serve printed no line within 60 s.");
    }

    [GeneratedRegex(@"^softrlite listening on (http://127\.0\.0\.1:\d+) \(workspace ([0-9a-f-]{36})\)$")]
    private static partial Regex StartupLine();
}
