using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using SoftrLite.Errors;
using SoftrLite.Rest;

namespace SoftrLite.Server;

/// <summary>
/// Turns an HTTP request into a <see cref="RestRequest"/> (or a control request) and writes the answer back: status, the
/// JSON body with <c>application/json; charset=utf-8</c>, CORS headers when asked for, one log line.
/// </summary>
internal sealed class RequestHandler(Emulator emulator, ControlEndpoints control)
{
    private const string ApiPrefix = "/api/v1";
    private const string JsonType = "application/json; charset=utf-8";
    private const string Methods = "GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS";

    public async Task HandleAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        var request = http.Request;
        var method = request.Method.ToUpperInvariant();
        var target = Target(http);
        AddCors(http);
        RestResponse answer;
        try
        {
            answer = method == "OPTIONS" ? Options(http) : await AnswerAsync(http, method, target).ConfigureAwait(false);
        }
        catch (SoftrException error)
        {
            answer = JsonOutput.Error(error);
        }

        await WriteAsync(http.Response, answer, head: method == "HEAD").ConfigureAwait(false);
        if (emulator.Options.Log is { } log)
        {
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{method} {target} {answer.Status} {ms:0.0} ms"));
        }
    }

    private async Task<RestResponse> AnswerAsync(HttpContext http, string method, string target)
    {
        var path = http.Request.Path;
        var body = await ReadBodyAsync(http).ConfigureAwait(false);
        if (method == "GET" && path.Equals(ControlEndpoints.Prefix + "/changes", StringComparison.Ordinal))
        {
            return await control.ChangesAsync(http.Request.QueryString.Value ?? string.Empty, http.RequestAborted).ConfigureAwait(false);
        }

        if (path.StartsWithSegments(ControlEndpoints.Prefix, StringComparison.Ordinal))
        {
            return control.Handle(method, path.Value!, http.Request.QueryString.Value ?? string.Empty, body);
        }

        if (path.StartsWithSegments(ApiPrefix, StringComparison.Ordinal))
        {
            // HEAD is answered as GET without the body, as HTTP clients expect.
            var apiKey = http.Request.Headers["Softr-Api-Key"].ToString();
            return emulator.Send(new RestRequest(method == "HEAD" ? "GET" : method, target, body, apiKey.Length == 0 ? null : apiKey));
        }

        throw SoftrErrors.RouteNotFound(method, path.Value ?? "/");
    }

    private async Task<string?> ReadBodyAsync(HttpContext http)
    {
        var request = http.Request;
        var max = emulator.Options.MaxBodyBytes;
        if (request.ContentLength is { } length && length > max)
        {
            // Refused before reading: Kestrel closes the connection rather than draining a huge body.
            http.Response.Headers.Connection = "close";
            throw SoftrErrors.PayloadTooLarge(length, max);
        }

        if (request.ContentLength == 0 || (request.ContentLength is null && !request.Headers.TransferEncoding.Any(v => v?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)))
        {
            return null;
        }

        try
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
            var text = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
            return text.Length == 0 ? null : text;
        }
        catch (BadHttpRequestException error) when (error.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            http.Response.Headers.Connection = "close";
            throw SoftrErrors.BodyOverLimit(max);
        }
    }

    private RestResponse Options(HttpContext http)
    {
        http.Response.Headers.Allow = Methods;
        if (emulator.Options.CorsOrigin is not null && http.Request.Headers.ContainsKey("Access-Control-Request-Method"))
        {
            var headers = http.Response.Headers;
            headers.AccessControlAllowMethods = Methods;
            var asked = http.Request.Headers.AccessControlRequestHeaders.ToString();
            headers.AccessControlAllowHeaders = asked.Length > 0 ? asked : "Content-Type, Softr-Api-Key";
            headers.AccessControlMaxAge = "600";
        }

        return new RestResponse(204, null);
    }

    private void AddCors(HttpContext http)
    {
        if (emulator.Options.CorsOrigin is not { } allowed)
        {
            return;
        }

        var origin = http.Request.Headers.Origin.ToString();
        if (allowed == "*" || string.Equals(origin, allowed, StringComparison.OrdinalIgnoreCase))
        {
            var headers = http.Response.Headers;
            headers.AccessControlAllowOrigin = allowed == "*" ? "*" : origin;
            headers.Vary = "Origin";
        }
    }

    private static string Target(HttpContext http)
    {
        var raw = http.Features.Get<IHttpRequestFeature>()?.RawTarget;
        return raw is { Length: > 0 } && raw[0] == '/' ? raw : http.Request.Path.Value + http.Request.QueryString.Value;
    }

    private static async Task WriteAsync(HttpResponse response, RestResponse answer, bool head)
    {
        response.StatusCode = answer.Status;
        if (answer.Body is not { } body)
        {
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(body);
        response.ContentType = JsonType;
        response.ContentLength = bytes.Length;
        if (!head)
        {
            await response.Body.WriteAsync(bytes).ConfigureAwait(false);
        }
    }
}
