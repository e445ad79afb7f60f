using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SoftrLite.Rest;
using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Conformance;

/// <summary>
/// Runs a conformance scenario through <see cref="RestApi"/> over a fresh in-memory engine (fixed clock advanced 1 ms
/// after every request, deterministic IDs) and describes the first step that does not match.
/// </summary>
internal static class ConformanceRunner
{
    /// <summary>The clock's reading at the first request.</summary>
    public static readonly DateTimeOffset ClockStart = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>How far the clock moves after each request.</summary>
    public static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(1);

    /// <summary>The engine's ID seed.</summary>
    public const int IdSeed = 12345;

    private static readonly JsonSerializerOptions BodyOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Runs every step; <see langword="null"/> when all match, else a description of the first failure.</summary>
    public static async Task<string?> RunAsync(ConformanceFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var clock = new ManualClock(ClockStart);
        using var engine = SoftrEngine.OpenInMemory(new SoftrEngineOptions { TimeProvider = clock, IdSeed = IdSeed });
        var api = new RestApi(engine);
        var variables = new Placeholders();
        variables.Bind("workspaceId", engine.Workspaces.Default.Id.Value);
        if (CreateTokens(file, engine, variables) is { } tokenFailure)
        {
            return tokenFailure;
        }

        foreach (var step in file.Steps)
        {
            if (await RunStepAsync(file, step, api, clock, variables, cancellationToken).ConfigureAwait(false) is { } failure)
            {
                return failure;
            }
        }

        return null;
    }

    private static string? CreateTokens(ConformanceFile file, SoftrEngine engine, Placeholders variables)
    {
        foreach (var token in file.Tokens)
        {
            try
            {
                var access = token.Access switch
                {
                    "FULL" => TokenAccess.Full,
                    "EDIT_DATA" => TokenAccess.EditData,
                    "VIEW_ONLY" => TokenAccess.ViewOnly,
                    _ => throw new InvalidDataException($"unknown access \"{token.Access}\" (FULL, EDIT_DATA or VIEW_ONLY)"),
                };
                var workspaces = token.Workspaces.Select(w => new WorkspaceId(variables.SubstituteText(w))).ToArray();
                variables.Bind($"token.{token.Name}", engine.Tokens.Create(token.Name, access, workspaces).Secret!);
            }
            catch (Exception error) when (error is KeyNotFoundException or InvalidDataException or SoftrException)
            {
                return $"{file.FileName} ({file.Name}): runner error creating token \"{token.Name}\": {error.Message}";
            }
        }

        return null;
    }

    private static async Task<string?> RunStepAsync(
        ConformanceFile file, ConformanceFile.Step step, RestApi api, ManualClock clock, Placeholders variables, CancellationToken cancellationToken)
    {
        var header = Header(file, step);
        string path;
        string? apiKey;
        string? body;
        try
        {
            path = variables.SubstituteText(step.Request.Path);
            apiKey = step.Request.ApiKey is { } key ? variables.SubstituteText(key) : null;
            body = step.Request.RawBody
                ?? (step.Request.HasBody ? SerializeBody(variables.SubstituteBody(step.Request.Body)) : null);
        }
        catch (Exception error) when (error is KeyNotFoundException or InvalidDataException)
        {
            return $"{header}\n  runner error building the request {step.Request.Method} {step.Request.Path}: {error.Message}";
        }

        var request = new RestRequest(step.Request.Method, path, body, apiKey);
        RestResponse response;
        try
        {
            response = await api.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return $"{header}\n{DescribeRequest(request)}\n  difference: RestApi threw instead of answering:\n{error}";
        }
        finally
        {
            clock.Advance(Tick);
        }

        string? difference;
        try
        {
            difference = Compare(step.Expect, response, variables);
        }
        catch (Exception error) when (error is KeyNotFoundException or InvalidDataException)
        {
            difference = $"runner error matching the response: {error.Message}";
        }

        return difference is null
            ? null
            : $"{header}\n{DescribeRequest(request)}\n  difference: {difference}\n  actual status: {response.Status}\n  actual body: {response.Body ?? "(none)"}";
    }

    private static string? Compare(ConformanceFile.Expectation expect, RestResponse response, Placeholders variables)
    {
        if (response.Status != expect.Status)
        {
            return $"status: expected {expect.Status}, actual {response.Status}";
        }

        if (!expect.ChecksBody)
        {
            return null;
        }

        var hasBody = !string.IsNullOrEmpty(response.Body);
        if (expect.Body is null)
        {
            return hasBody ? "body: expected no body, actual a body" : null;
        }

        if (!hasBody)
        {
            return $"body: expected {JsonPatternMatcher.Show(expect.Body)}, actual no body";
        }

        JsonNode? actual;
        try
        {
            actual = JsonNode.Parse(response.Body!);
        }
        catch (JsonException error)
        {
            return $"body: the response is not valid JSON: {error.Message}";
        }

        return JsonPatternMatcher.Match(expect.Body, actual, variables);
    }

    private static string SerializeBody(JsonNode? body) => body is null ? "null" : body.ToJsonString(BodyOptions);

    private static string Header(ConformanceFile file, ConformanceFile.Step step)
    {
        var note = step.Note is null ? string.Empty : $" (note: \"{step.Note}\")";
        return $"{file.FileName} ({file.Name}): step {step.Index} of 0..{file.Steps.Count - 1}{note} failed";
    }

    private static string DescribeRequest(RestRequest request)
    {
        var text = new StringBuilder().Append("  request: ").Append(request.Method).Append(' ').Append(request.PathAndQuery);
        if (request.ApiKey is not null)
        {
            text.Append(" (Softr-Api-Key: ").Append(request.ApiKey).Append(')');
        }

        if (request.Body is not null)
        {
            text.Append("\n  request body: ").Append(request.Body);
        }

        return text.ToString();
    }
}
