using System.Text.Json;
using System.Text.Json.Nodes;

namespace SoftrLite.Tests.Conformance;

/// <summary>One conformance scenario (see <c>shared/conformance/README.md</c>): tokens to create and steps to run.</summary>
/// <param name="FileName">The file the scenario came from, for messages.</param>
/// <param name="Name">The scenario's own description.</param>
/// <param name="Tokens">Tokens to create before the first step, in file order.</param>
/// <param name="Steps">The requests and their expected responses, in order.</param>
internal sealed record ConformanceFile(
    string FileName,
    string Name,
    IReadOnlyList<ConformanceFile.TokenSpec> Tokens,
    IReadOnlyList<ConformanceFile.Step> Steps)
{
    private static readonly string[] FileKeys = ["name", "tokens", "steps"];
    private static readonly string[] TokenKeys = ["access", "workspaces"];
    private static readonly string[] StepKeys = ["note", "request", "expect"];
    private static readonly string[] RequestKeys = ["method", "path", "apiKey", "body", "rawBody"];
    private static readonly string[] ExpectKeys = ["status", "body"];

    /// <summary>Reads and parses a scenario file.</summary>
    /// <exception cref="InvalidDataException">The file does not follow the format.</exception>
    public static ConformanceFile Load(string path) => Parse(File.ReadAllText(path), Path.GetFileName(path));

    /// <summary>Parses a scenario from its JSON text.</summary>
    /// <exception cref="InvalidDataException">The text does not follow the format.</exception>
    public static ConformanceFile Parse(string json, string fileName)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{fileName}: not valid JSON: {error.Message}", error);
        }

        var top = AsObject(root, fileName, "$", FileKeys);
        var tokens = top["tokens"] is { } tokenNode
            ? AsObject(tokenNode, fileName, "$.tokens", null).Select(p => ParseToken(p.Key, p.Value, fileName)).ToArray()
            : [];
        var steps = top["steps"] is JsonArray stepArray
            ? stepArray.Select((s, i) => ParseStep(s, i, fileName)).ToArray()
            : throw new InvalidDataException($"{fileName}: \"steps\" must be an array.");
        return new ConformanceFile(fileName, OptionalString(top, "name", fileName, "$") ?? fileName, tokens, steps);
    }

    private static TokenSpec ParseToken(string name, JsonNode? node, string fileName)
    {
        var where = $"$.tokens.{name}";
        var token = AsObject(node, fileName, where, TokenKeys);
        var access = OptionalString(token, "access", fileName, where)
            ?? throw new InvalidDataException($"{fileName}: {where}.access is required.");
        var workspaces = token["workspaces"] is JsonArray array
            ? array.Select((w, i) => w is JsonValue v && v.TryGetValue<string>(out var s)
                ? s
                : throw new InvalidDataException($"{fileName}: {where}.workspaces[{i}] must be a string.")).ToArray()
            : throw new InvalidDataException($"{fileName}: {where}.workspaces must be an array.");
        return new TokenSpec(name, access, workspaces);
    }

    private static Step ParseStep(JsonNode? node, int index, string fileName)
    {
        var where = $"$.steps[{index}]";
        var step = AsObject(node, fileName, where, StepKeys);
        var request = AsObject(step["request"], fileName, where + ".request", RequestKeys);
        var expect = AsObject(step["expect"], fileName, where + ".expect", ExpectKeys);
        var hasBody = request.ContainsKey("body");
        var rawBody = OptionalString(request, "rawBody", fileName, where + ".request");
        if (hasBody && rawBody is not null)
        {
            throw new InvalidDataException($"{fileName}: {where}.request has both \"body\" and \"rawBody\".");
        }

        var parsedRequest = new Request(
            OptionalString(request, "method", fileName, where + ".request") ?? throw Required(fileName, where + ".request.method"),
            OptionalString(request, "path", fileName, where + ".request") ?? throw Required(fileName, where + ".request.path"),
            OptionalString(request, "apiKey", fileName, where + ".request"),
            hasBody,
            request["body"]?.DeepClone(),
            rawBody);
        var status = expect["status"] is JsonValue s && s.TryGetValue<int>(out var code)
            ? code
            : throw Required(fileName, where + ".expect.status (an integer)");
        var expectation = new Expectation(status, expect.ContainsKey("body"), expect["body"]?.DeepClone());
        return new Step(index, OptionalString(step, "note", fileName, where), parsedRequest, expectation);
    }

    private static JsonObject AsObject(JsonNode? node, string fileName, string where, string[]? allowedKeys)
    {
        if (node is not JsonObject obj)
        {
            throw new InvalidDataException($"{fileName}: {where} must be an object.");
        }

        var unknown = allowedKeys is null ? null : obj.Select(p => p.Key).FirstOrDefault(k => !allowedKeys.Contains(k));
        return unknown is null ? obj : throw new InvalidDataException($"{fileName}: {where} has an unknown key \"{unknown}\".");
    }

    private static string? OptionalString(JsonObject obj, string key, string fileName, string where) => obj[key] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => throw new InvalidDataException($"{fileName}: {where}.{key} must be a string."),
    };

    private static InvalidDataException Required(string fileName, string what) => new($"{fileName}: {what} is required.");

    /// <summary>A token the runner creates through the C# API; its secret is bound to <c>token.NAME</c>.</summary>
    /// <param name="Name">The token's name in the file.</param>
    /// <param name="Access"><c>FULL</c>, <c>EDIT_DATA</c> or <c>VIEW_ONLY</c>.</param>
    /// <param name="Workspaces">Workspace IDs, possibly placeholders such as <c>{{workspaceId}}</c>.</param>
    internal sealed record TokenSpec(string Name, string Access, IReadOnlyList<string> Workspaces);

    /// <summary>A request as written in the file, before substitution.</summary>
    /// <param name="Method">The HTTP method.</param>
    /// <param name="Path">The path after <c>/api/v1</c>, with its query.</param>
    /// <param name="ApiKey">The <c>Softr-Api-Key</c> header, if any.</param>
    /// <param name="HasBody">Whether the step has a <c>body</c> key (its value may be JSON null).</param>
    /// <param name="Body">The JSON body.</param>
    /// <param name="RawBody">Text sent verbatim instead of <paramref name="Body"/>.</param>
    internal sealed record Request(string Method, string Path, string? ApiKey, bool HasBody, JsonNode? Body, string? RawBody);

    /// <summary>The expected response.</summary>
    /// <param name="Status">The HTTP status.</param>
    /// <param name="ChecksBody">Whether the step has a <c>body</c> key; without one the body is not checked.</param>
    /// <param name="Body">The pattern; JSON null means "no body".</param>
    internal sealed record Expectation(int Status, bool ChecksBody, JsonNode? Body);

    /// <summary>One request and its expected response.</summary>
    /// <param name="Index">The step's 0-based position in the file.</param>
    /// <param name="Note">The file's words about the step, if any.</param>
    /// <param name="Request">What to send.</param>
    /// <param name="Expect">What must come back.</param>
    internal sealed record Step(int Index, string? Note, Request Request, Expectation Expect);
}
