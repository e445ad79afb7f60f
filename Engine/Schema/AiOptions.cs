using System.Text.Json;
using System.Text.Json.Nodes;
using SoftrLite.Errors;

namespace SoftrLite.Schema;

/// <summary>
/// A field's <c>aiOptions</c> (AI auto-fill settings, stored but never run offline), checked against the cloud's
/// OpenAPI schema: each declared key has its declared type, an unknown key is refused as an unknown option is, and the
/// documented defaults fill what is not given. An update lays the given keys over the current settings.
/// </summary>
internal static class AiOptions
{
    private const int MaxTextLength = 100_000;

    // The OpenAPI document declares the keys and their types; the add-field guide gives the defaults.
    private static readonly (string Key, JsonValueKind Kind, JsonNode Default)[] Keys =
    [
        ("aiFillable", JsonValueKind.False, false),
        ("aiOnly", JsonValueKind.False, true),
        ("allowWebSearch", JsonValueKind.False, false),
        ("aiModel", JsonValueKind.String, "GPT_4_1"),
        ("prompt", JsonValueKind.String, string.Empty),
        ("canBeTriggeredManually", JsonValueKind.False, true),
        ("runWhenRecordIsCreated", JsonValueKind.False, true),
        ("runWhenRecordIsUpdated", JsonValueKind.False, true),
    ];

    /// <summary>
    /// The settings to store: <see langword="null"/> when none are given or <c>null</c> clears them, else every
    /// declared key, given or defaulted, in the document's order.
    /// </summary>
    /// <param name="fieldName">The field, for messages.</param>
    /// <param name="given">The request's <c>aiOptions</c>; <see langword="null"/> when the request has none.</param>
    /// <param name="current">The stored settings on an update, else <see langword="null"/>.</param>
    /// <exception cref="SoftrException"><see cref="ErrorCode.BadRequest"/> for a value that is not an object, an unknown key or a key of the wrong type.</exception>
    public static string? Normalize(string fieldName, JsonElement? given, string? current)
    {
        if (given is not { } value)
        {
            return current;
        }

        if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw SoftrErrors.AiOptionsNotObject(fieldName, value);
        }

        var result = new JsonObject();
        var stored = current is null ? null : JsonNode.Parse(current) as JsonObject;
        foreach (var property in value.EnumerateObject())
        {
            if (Array.FindIndex(Keys, k => k.Key == property.Name) < 0)
            {
                throw SoftrErrors.UnknownAiOption(fieldName, property.Name, Keys.Select(k => k.Key));
            }
        }

        foreach (var (key, kind, fallback) in Keys)
        {
            if (value.TryGetProperty(key, out var item))
            {
                result[key] = Checked(fieldName, key, kind, item);
            }
            else
            {
                result[key] = stored?[key]?.DeepClone() ?? fallback.DeepClone();
            }
        }

        return result.ToJsonString();
    }

    private static JsonNode Checked(string fieldName, string key, JsonValueKind kind, JsonElement item)
    {
        if (kind == JsonValueKind.False && item.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return item.GetBoolean();
        }

        if (kind == JsonValueKind.String && item.ValueKind == JsonValueKind.String && item.GetString()!.Length <= MaxTextLength)
        {
            return item.GetString()!;
        }

        var expected = kind == JsonValueKind.False ? "true or false" : $"a string of at most {MaxTextLength} characters";
        throw SoftrErrors.AiOptionWrongKind(fieldName, key, expected, item);
    }
}
