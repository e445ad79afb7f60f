using System.Text.Json;
using System.Text.Json.Nodes;
using SoftrLite.Rest;

namespace SoftrLite.Tests.Contract;

/// <summary>
/// Checks a <see cref="RestApi"/> response against the response schema that the cloud's OpenAPI document
/// (<c>shared/reference/softr-openapi.json</c>) declares for the operation (path template + method) and status.
/// </summary>
/// <remarks>
/// <para>Rules, on top of the document (which marks nothing <c>required</c>, so that <c>{}</c> would pass it):</para>
/// <list type="bullet">
/// <item>Every object schema allows no undeclared property unless it declares <c>additionalProperties</c>
/// (<see cref="OpenApiSchemaValidator"/>). The one exception: the envelope's <c>metadata</c> at the root of a
/// success body, which the cloud documents loosely, may be present (any value) where the operation's schema does not
/// declare it; where it does (record lists) it is checked.</item>
/// <item>Every property a <c>components/schemas</c> object declares must be present (it may be null where
/// <c>nullable</c>), and a success envelope must have <c>data</c>: the project's envelope decisions (DESIGN §5).</item>
/// <item>A status the operation declares with a JSON schema: checked against it. A success status declared without
/// content (204): there must be no body. An error status (4xx/5xx) declared without content or not declared at all,
/// also in answer to a request the document does not describe (unknown route or method): the body must be the
/// <c>Error</c> component. A success status the operation does not declare, or any success status in answer to a
/// request the document does not describe: a finding.</item>
/// <item>Paths match the document's templates segment by segment (after <c>/api/v1</c>, without the query); a
/// literal segment wins over a <c>{parameter}</c> (<c>records/search</c> before <c>records/{recordId}</c>).</item>
/// </list>
/// </remarks>
internal sealed class OpenApiContract
{
    /// <summary>Overrides where the OpenAPI document is looked for.</summary>
    public const string DocumentVariable = "SOFTRLITE_OPENAPI";

    private const string ErrorSchema = "#/components/schemas/Error";
    private const string ApiPrefix = "/api/v1";
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
    private static readonly Lazy<OpenApiContract> Shared = new(() => new OpenApiContract(WithDocumentedDifferences(JsonNode.Parse(FindDocument())!)));

    private readonly JsonNode _document;
    private readonly OpenApiSchemaValidator _validator;
    private readonly (string[] Segments, string Template, JsonObject Item)[] _paths;

    private OpenApiContract(JsonNode document)
    {
        EnsureSupported(document);
        _document = WithRequiredProperties(document);
        _validator = new OpenApiSchemaValidator(_document);
        _paths = [.. _document["paths"]!.AsObject()
            .Select(p => (Segments: p.Key.Split('/', StringSplitOptions.RemoveEmptyEntries), Template: p.Key, Item: p.Value!.AsObject()))
            .OrderBy(p => p.Segments.Count(s => s.StartsWith('{')))];
    }

    /// <summary>The contract of the project's copy of the cloud's document, loaded once.</summary>
    public static OpenApiContract Cloud => Shared.Value;

    /// <summary>A contract over a given OpenAPI 3.0 document (self-tests use small ones).</summary>
    public static OpenApiContract Load(string json) => new(JsonNode.Parse(json) ?? throw new InvalidDataException("The OpenAPI document is null."));

    /// <summary>Every way <paramref name="response"/> to <paramref name="request"/> breaks the document; empty when it conforms.</summary>
    public IReadOnlyList<ContractViolation> Check(RestRequest request, RestResponse response)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        var method = request.Method.ToLowerInvariant();
        var (template, operation) = FindOperation(method, request.PathAndQuery);
        var name = $"{request.Method.ToUpperInvariant()} {template ?? PathOf(request.PathAndQuery)}{(operation is null ? " (not in the document)" : string.Empty)}";
        var status = response.Status;
        var responseSpec = operation?["responses"]?[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] ?? operation?["responses"]?["default"];
        var schema = responseSpec?["content"]?["application/json"]?["schema"];
        var isError = status >= 400;
        var hasBody = !string.IsNullOrEmpty(response.Body);

        if (!isError && responseSpec is null)
        {
            return [new(name, status, string.Empty, operation is null
                ? "a success status for a request the document does not describe"
                : "the operation does not declare this status")];
        }

        if (!isError && schema is null)
        {
            return hasBody ? [new(name, status, string.Empty, "the document declares no body for this status, but there is one")] : [];
        }

        schema ??= JsonNode.Parse($$"""{"$ref":"{{ErrorSchema}}"}""")!;
        if (!hasBody)
        {
            return [new(name, status, string.Empty, "there is no body; the document declares one")];
        }

        JsonNode? body;
        try
        {
            body = JsonNode.Parse(response.Body!);
        }
        catch (JsonException error)
        {
            return [new(name, status, string.Empty, $"the body is not JSON: {error.Message}")];
        }

        var problems = new List<SchemaProblem>(_validator.Validate(body, schema, $"{name} {status}", isError ? [] : ["metadata"]));
        if (!isError && body is JsonObject envelope && !envelope.ContainsKey("data"))
        {
            problems.Add(new("/data", "is required but missing (every success envelope has data)"));
        }

        return [.. problems.Select(p => new ContractViolation(name, status, p.Pointer, p.Problem))];
    }

    private (string? Template, JsonObject? Operation) FindOperation(string method, string pathAndQuery)
    {
        var segments = PathOf(pathAndQuery).Split('/', StringSplitOptions.RemoveEmptyEntries);
        foreach (var (templateSegments, template, item) in _paths)
        {
            if (templateSegments.Length == segments.Length
                && templateSegments.Zip(segments).All(p => p.First.StartsWith('{') || string.Equals(p.First, Uri.UnescapeDataString(p.Second), StringComparison.Ordinal)))
            {
                return (template, Methods.Contains(method) ? item[method] as JsonObject : null);
            }
        }

        return (null, null);
    }

    private static string PathOf(string pathAndQuery)
    {
        var question = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? pathAndQuery : pathAndQuery[..question];
        return path.StartsWith(ApiPrefix, StringComparison.Ordinal) ? path[ApiPrefix.Length..] : path;
    }

    /// <summary>Refuses, when loaded, a document whose response or component schemas use a keyword this checker would not apply.</summary>
    private static void EnsureSupported(JsonNode document)
    {
        foreach (var (name, schema) in document["components"]?["schemas"]?.AsObject() ?? [])
        {
            OpenApiSchemaValidator.EnsureSupported(schema, $"#/components/schemas/{name}");
        }

        foreach (var (path, item) in document["paths"]?.AsObject() ?? [])
        {
            foreach (var method in Methods.Where(m => item?[m] is JsonObject))
            {
                foreach (var (status, response) in item![method]!["responses"]?.AsObject() ?? [])
                {
                    if (response?["content"]?["application/json"]?["schema"] is { } schema)
                    {
                        OpenApiSchemaValidator.EnsureSupported(schema, $"{method.ToUpperInvariant()} {path} {status}");
                    }
                }
            }
        }
    }

    /// <summary>
    /// The cloud's document with the engine's deliberate differences laid over it, each one listed in the README's
    /// "Differences from the cloud", so that nothing else may differ: the legacy <c>COUNT</c> field type, and
    /// <c>PUT</c> on a record as an alias of its <c>PATCH</c> (same request, same answers).
    /// </summary>
    private static JsonNode WithDocumentedDifferences(JsonNode document)
    {
        if (document["components"]?["schemas"]?["TableField"]?["properties"]?["type"]?["enum"] is JsonArray types)
        {
            types.Add("COUNT");
        }

        if (document["paths"]?["/databases/{databaseId}/tables/{tableId}/records/{recordId}"] is JsonObject record
            && record["patch"] is JsonObject patch && !record.ContainsKey("put"))
        {
            var put = patch.DeepClone().AsObject();
            put["operationId"] = "updateRecordPutAlias";
            record["put"] = put;
        }

        return document;
    }

    /// <summary>A copy of the document where every property of a <c>components/schemas</c> object is required.</summary>
    private static JsonNode WithRequiredProperties(JsonNode document)
    {
        var copy = document.DeepClone();
        if (copy["components"]?["schemas"] is JsonObject schemas)
        {
            foreach (var (_, schema) in schemas)
            {
                if (schema is JsonObject obj && obj["properties"] is JsonObject properties && !obj.ContainsKey("required"))
                {
                    obj["required"] = new JsonArray([.. properties.Select(p => (JsonNode?)JsonValue.Create(p.Key))]);
                }
            }
        }

        return copy;
    }

    private static string FindDocument()
    {
        if (Environment.GetEnvironmentVariable(DocumentVariable) is { Length: > 0 } overridden)
        {
            return File.ReadAllText(overridden);
        }

        var searched = new List<string>();
        for (var ancestor = new DirectoryInfo(AppContext.BaseDirectory); ancestor is not null; ancestor = ancestor.Parent)
        {
            // shared/ lies beside the repository; checking under every ancestor also covers <ancestor>/../shared.
            var candidate = Path.Combine(ancestor.FullName, "shared", "reference", "softr-openapi.json");
            searched.Add(candidate);
            if (File.Exists(candidate))
            {
                return File.ReadAllText(candidate);
            }
        }

        throw new FileNotFoundException(
            $"The OpenAPI document was not found; set {DocumentVariable} or keep shared/reference beside the repository. Searched:\n  {string.Join("\n  ", searched)}");
    }
}
