using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SoftrLite.Tests.Contract;

/// <summary>
/// Validates a JSON value against an OpenAPI 3.0 Schema Object, strictly: an object schema that does not declare
/// <c>additionalProperties</c> allows no undeclared property, and a keyword outside the supported subset throws
/// (so the document cannot grow a constraint that is silently ignored).
/// </summary>
/// <remarks>
/// Supported: <c>$ref</c> (local, siblings ignored as OpenAPI 3.0 says), <c>type</c> (integer = a number with no
/// fraction), <c>nullable</c>, <c>properties</c>, <c>required</c>, <c>additionalProperties</c> (boolean or schema),
/// <c>items</c>, <c>enum</c>, <c>oneOf</c>, <c>anyOf</c>, <c>format</c> (<c>date-time</c> and <c>date</c> are
/// checked; other formats are hints). Annotations (<c>description</c>, <c>example</c>…) are ignored.
/// </remarks>
internal sealed partial class OpenApiSchemaValidator(JsonNode document)
{
    private static readonly HashSet<string> Supported =
    [
        "$ref", "type", "nullable", "properties", "required", "additionalProperties", "items", "enum", "oneOf", "anyOf", "format",
    ];

    private static readonly HashSet<string> Annotations =
    [
        "description", "title", "example", "examples", "default", "deprecated", "readOnly", "writeOnly", "externalDocs", "xml",
    ];

    /// <summary>The problems of <paramref name="instance"/> against <paramref name="schema"/>, each with its JSON pointer.</summary>
    /// <param name="instance">The JSON value.</param>
    /// <param name="schema">A Schema Object of the document.</param>
    /// <param name="schemaPath">Where the schema is, for error messages about the schema itself.</param>
    /// <param name="rootExtras">Property names allowed at the root even when the root schema does not declare them.</param>
    /// <exception cref="NotSupportedException">The schema uses a keyword outside the supported subset.</exception>
    public IReadOnlyList<SchemaProblem> Validate(JsonNode? instance, JsonNode schema, string schemaPath, IReadOnlyCollection<string>? rootExtras = null)
    {
        var problems = new List<SchemaProblem>();
        Check(instance, schema, string.Empty, schemaPath, problems, rootExtras ?? []);
        return problems;
    }

    /// <summary>Throws when <paramref name="schema"/>, or a schema inside it, uses a keyword outside the supported subset.</summary>
    /// <exception cref="NotSupportedException">An unsupported keyword, named with where it is.</exception>
    public static void EnsureSupported(JsonNode? schema, string schemaPath)
    {
        if (schema is not JsonObject obj)
        {
            throw new NotSupportedException($"{schemaPath}: a Schema Object must be a JSON object.");
        }

        foreach (var (keyword, value) in obj)
        {
            if (!Supported.Contains(keyword) && !Annotations.Contains(keyword))
            {
                throw new NotSupportedException($"{schemaPath}: the keyword \"{keyword}\" is not supported by this validator; extend it before relying on it.");
            }

            switch (keyword, value)
            {
                case ("properties", JsonObject properties):
                    foreach (var (name, property) in properties)
                    {
                        EnsureSupported(property, $"{schemaPath}/properties/{Escape(name)}");
                    }

                    break;
                case ("items" or "additionalProperties", JsonObject inner):
                    EnsureSupported(inner, $"{schemaPath}/{keyword}");
                    break;
                case ("oneOf" or "anyOf", JsonArray alternatives):
                    for (var i = 0; i < alternatives.Count; i++)
                    {
                        EnsureSupported(alternatives[i], $"{schemaPath}/{keyword}/{i}");
                    }

                    break;
            }
        }
    }

    private void Check(JsonNode? instance, JsonNode schemaNode, string pointer, string schemaPath, List<SchemaProblem> problems, IReadOnlyCollection<string> extras)
    {
        if (schemaNode is not JsonObject schema)
        {
            throw new NotSupportedException($"{schemaPath}: a Schema Object must be a JSON object.");
        }

        if (schema["$ref"] is { } reference)
        {
            var target = reference.GetValue<string>();
            Check(instance, Resolve(target), pointer, target, problems, extras);
            return;
        }

        foreach (var (keyword, _) in schema)
        {
            if (!Supported.Contains(keyword) && !Annotations.Contains(keyword))
            {
                throw new NotSupportedException($"{schemaPath}: the keyword \"{keyword}\" is not supported by this validator; extend it before relying on it.");
            }
        }

        var nullable = schema["nullable"]?.GetValue<bool>() ?? false;
        var type = schema["type"]?.GetValue<string>();
        if (instance is null)
        {
            if (!nullable && (type is not null || schema.ContainsKey("enum")))
            {
                problems.Add(new(pointer, $"is null; the schema ({schemaPath}) does not allow null"));
            }

            if (type is null && !schema.ContainsKey("enum"))
            {
                CheckAlternatives(instance, schema, pointer, schemaPath, problems);
            }

            return;
        }

        if (type is not null && !HasType(instance, type))
        {
            problems.Add(new(pointer, $"expected {type}{(nullable ? " or null" : string.Empty)}, got {Describe(instance)}"));
            return;
        }

        if (schema["enum"] is JsonArray choices && !choices.Any(c => JsonNode.DeepEquals(c, instance)))
        {
            problems.Add(new(pointer, $"{Describe(instance)} is not one of the enum values [{string.Join(", ", choices.Select(c => c?.ToJsonString()))}]"));
        }

        if (schema["format"]?.GetValue<string>() is { } format && instance.GetValueKind() == JsonValueKind.String)
        {
            CheckFormat(instance.GetValue<string>(), format, pointer, problems);
        }

        if (instance is JsonObject obj)
        {
            CheckObject(obj, schema, pointer, schemaPath, problems, extras);
        }
        else if (instance is JsonArray array && schema["items"] is { } items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Check(array[i], items, $"{pointer}/{i}", schemaPath + "/items", problems, []);
            }
        }

        CheckAlternatives(instance, schema, pointer, schemaPath, problems);
    }

    private void CheckObject(JsonObject obj, JsonObject schema, string pointer, string schemaPath, List<SchemaProblem> problems, IReadOnlyCollection<string> extras)
    {
        var properties = schema["properties"] as JsonObject;
        if (schema["required"] is JsonArray required)
        {
            foreach (var name in required.Select(r => r!.GetValue<string>()).Where(name => !obj.ContainsKey(name)))
            {
                problems.Add(new($"{pointer}/{Escape(name)}", "is required but missing"));
            }
        }

        foreach (var (name, value) in obj)
        {
            var childPointer = $"{pointer}/{Escape(name)}";
            if (properties?[name] is { } propertySchema)
            {
                Check(value, propertySchema, childPointer, $"{schemaPath}/properties/{Escape(name)}", problems, []);
                continue;
            }

            if (extras.Contains(name))
            {
                continue;
            }

            switch (schema["additionalProperties"])
            {
                case JsonValue allowed when allowed.GetValueKind() == JsonValueKind.True:
                    break;
                case JsonObject additional:
                    Check(value, additional, childPointer, schemaPath + "/additionalProperties", problems, []);
                    break;
                default:
                    problems.Add(new(childPointer, $"is not declared by the schema ({schemaPath}), which allows no other property"));
                    break;
            }
        }
    }

    private void CheckAlternatives(JsonNode? instance, JsonObject schema, string pointer, string schemaPath, List<SchemaProblem> problems)
    {
        foreach (var keyword in new[] { "oneOf", "anyOf" })
        {
            if (schema[keyword] is not JsonArray alternatives)
            {
                continue;
            }

            var matching = alternatives.Select((a, i) => Validate(instance, a!, $"{schemaPath}/{keyword}/{i}").Count == 0).Count(ok => ok);
            if (matching == 0 || (keyword == "oneOf" && matching > 1))
            {
                problems.Add(new(pointer, $"{Describe(instance)} matches {matching} of the {keyword} alternatives of {schemaPath}"));
            }
        }
    }

    private static void CheckFormat(string text, string format, string pointer, List<SchemaProblem> problems)
    {
        var valid = format switch
        {
            "date-time" => DateTime().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ => true,
        };
        if (!valid)
        {
            problems.Add(new(pointer, $"\"{text}\" is not a valid {format}"));
        }
    }

    private static bool HasType(JsonNode instance, string type)
    {
        var kind = instance.GetValueKind();
        return type switch
        {
            "object" => kind == JsonValueKind.Object,
            "array" => kind == JsonValueKind.Array,
            "string" => kind == JsonValueKind.String,
            "boolean" => kind is JsonValueKind.True or JsonValueKind.False,
            "number" => kind == JsonValueKind.Number,
            "integer" => kind == JsonValueKind.Number
                && decimal.TryParse(instance.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d),
            _ => throw new NotSupportedException($"unknown type \"{type}\""),
        };
    }

    private JsonNode Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"only local $ref are supported, got \"{reference}\"");
        }

        var node = document;
        foreach (var part in reference[2..].Split('/'))
        {
            var key = part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node?[key] ?? throw new NotSupportedException($"$ref \"{reference}\" does not resolve");
        }

        return node;
    }

    private static string Describe(JsonNode? node) => node is null
        ? "null"
        : $"{node.GetValueKind().ToString().ToLowerInvariant()} {Shorten(node.ToJsonString())}";

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    /// <summary>Escapes a property name for a JSON pointer (RFC 6901).</summary>
    public static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTime();
}
