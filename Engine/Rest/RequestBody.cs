using System.Text.Json;
using SoftrLite.Errors;

namespace SoftrLite.Rest;

/// <summary>A request's JSON object body, with typed getters that fail with BAD_REQUEST naming the property.</summary>
internal sealed class RequestBody
{
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 256 };
    private readonly JsonElement _root;

    private RequestBody(JsonElement root) => _root = root;

    public JsonElement Root => _root;

    /// <summary>Parses a body that must be a JSON object; an absent body is an empty object when <paramref name="optional"/>.</summary>
    public static RequestBody Parse(string? body, bool optional = false)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return optional ? new RequestBody(JsonSerializer.SerializeToElement(new { })) : throw SoftrErrors.BodyMissing();
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body, ParseOptions);
            root = document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw SoftrErrors.MalformedJson(exception.Message);
        }
        catch (ArgumentException)
        {
            // A .NET caller's string may hold a lone UTF-16 surrogate, which has no UTF-8 form to parse.
            throw SoftrErrors.MalformedJson("the text holds a lone UTF-16 surrogate; expected valid Unicode.");
        }

        // Strings first: the error for a body that is not an object quotes it.
        CheckStrings(root);
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw SoftrErrors.BodyNotObject(root);
        }

        return new RequestBody(root);
    }

    // JSON allows escapes of lone UTF-16 surrogates ("\ud800") that no .NET string can hold; they are refused
    // here, once, instead of failing deep inside a field type.
    private static void CheckStrings(JsonElement element)
    {
        try
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    _ = element.GetString();
                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        CheckStrings(item);
                    }

                    break;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        _ = property.Name;
                        CheckStrings(property.Value);
                    }

                    break;
            }
        }
        catch (InvalidOperationException exception)
        {
            throw SoftrErrors.MalformedJson(exception.Message);
        }
    }

    /// <summary>A wrapper for a nested object, e.g. one item of <c>fields</c>.</summary>
    public static RequestBody Of(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object ? new RequestBody(element) : throw SoftrErrors.PropertyWrongKind(property, "an object", element);

    public bool Has(string property) => _root.TryGetProperty(property, out _);

    public string RequiredString(string property) =>
        OptionalString(property) ?? throw SoftrErrors.PropertyMissing(property);

    /// <summary>A string property; absent is <see langword="null"/>; JSON null is <paramref name="nullMeans"/>.</summary>
    public string? OptionalString(string property, string? nullMeans = null)
    {
        if (!_root.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => nullMeans,
            _ => throw SoftrErrors.PropertyWrongKind(property, "a string", value),
        };
    }

    public bool? OptionalBool(string property)
    {
        if (!_root.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : throw SoftrErrors.PropertyWrongKind(property, "true or false", value);
    }

    /// <summary>Any JSON value; absent is <see langword="null"/>.</summary>
    public JsonElement? OptionalElement(string property) => _root.TryGetProperty(property, out var value) ? value : null;

    public IReadOnlyList<JsonElement> OptionalArray(string property)
    {
        if (!_root.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        return value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().ToArray()
            : throw SoftrErrors.PropertyWrongKind(property, "an array", value);
    }
}
